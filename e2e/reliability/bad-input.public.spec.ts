/** The bad-input sweep signed out: what anyone on the internet can send (connect pages and links included). */
import { test } from '@playwright/test';
import { defineBadInputSweep } from './bad-input-sweep';

defineBadInputSweep(test);
