package io.engineroom.reporting.excel;

/** A table column: its header and its width in characters (set up front: autosize cannot see streamed rows). */
record Column(String title, int width) {
}
