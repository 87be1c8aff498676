/**
 * Files on a record (photos and documents on a ticket): the type read from the content, the limits,
 * location metadata removed byte by byte, and a GridFS store. Everything but {@link GridFsFiles} is
 * plain Java.
 */
package io.civicline.kit.files;
