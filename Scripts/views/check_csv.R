# Loads a run folder's events.csv with base R's read.csv and fails on any warning.
# Usage: Rscript Scripts/views/check_csv.R RUN_DIR
args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 1) stop("usage: Rscript Scripts/views/check_csv.R RUN_DIR")
options(warn = 2)  # every warning becomes an error: exit status 1
events <- read.csv(file.path(args[1], "events.csv"), encoding = "UTF-8", stringsAsFactors = FALSE)
lines <- readLines(file.path(args[1], "events.jsonl"), encoding = "UTF-8", warn = TRUE)
lines <- lines[nzchar(trimws(lines))]
if (ncol(events) != 26) stop(sprintf("read.csv found %d columns, expected 26", ncol(events)))
if (nrow(events) != length(lines)) {
  stop(sprintf("read.csv found %d rows, events.jsonl has %d lines", nrow(events), length(lines)))
}
cat(sprintf("%s: read.csv loads %d events x %d columns without warnings\n",
            args[1], nrow(events), ncol(events)))
