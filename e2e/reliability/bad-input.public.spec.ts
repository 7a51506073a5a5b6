/** The bad-input sweep signed out: what anyone on the internet can send (connect pages and links included). */
import { test } from '../support/hydrated';
import { defineBadInputSweep } from './bad-input-sweep';

defineBadInputSweep(test);
