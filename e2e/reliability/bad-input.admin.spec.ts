/** The bad-input sweep signed in as an admin: every page renders, every route refuses in the usual shape. */
import { test } from '../support/hydrated';
import { defineBadInputSweep } from './bad-input-sweep';

defineBadInputSweep(test);
