/**
 * Turns uploaded bytes into the images the app shows: recognises the format by its bytes, refuses what is not an
 * image or is too large to decode safely, applies the orientation, drops every piece of metadata (a phone's GPS
 * position among them) and encodes the variants, on a bounded pool of workers.
 */
package com.vurksha.files.image;
