import pkg from '../package.json';

/** The product's version, from package.json (webpack keeps only this field of the JSON). */
export const APP_VERSION: string = pkg.version;
export const APP_NAME = 'budget-check';
