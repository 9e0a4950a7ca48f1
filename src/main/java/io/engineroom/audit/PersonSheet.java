package io.engineroom.audit;

/** The two tables of the person view; a workbook holds both, a CSV file one. */
public enum PersonSheet { TASKS, OPERATIONS }
