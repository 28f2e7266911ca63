/**
 * Every word list, imported before any code that reads them (src/analysis/index.ts imports this
 * first). The lists are data with no side effects, so this order changes nothing when the
 * analysis runs; it only decides where the bundle puts them. Together, and in this order, the
 * lists and the code each sit within gzip's 32 KiB window of their like, which makes the
 * minified analysis 1.1 KiB smaller gzipped than with each list beside its first reader.
 */
import './reporting';
import './sources';
import './hedges';
import './claims';
import './traps';
import './objectives';
import './numbers';
import './abbreviations';
import './headline';
import './numbers-units';
