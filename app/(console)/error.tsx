'use client';

// Same friendly boundary as the root, inside the console shell so navigation stays usable.
export { default } from '../error';
