#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

// Reading texts to embed from files: plain text (one text per line), CSV (the user picks the
// column, and optionally a label column) and JSON Lines (the user picks the field). Pure functions
// over bytes: the panel reads the file on a worker thread and calls them there.
namespace TextImport {

enum class Format { Text, Csv, Jsonl };

struct Entry {
    QString label; // may be empty
    QString text;
};

// A CSV file's or a JSONL file's contents as columns to choose from.
struct Table {
    QStringList columns;     // CSV: the header row's names (or "Column 1", ...); JSONL: the keys seen
    QList<QStringList> rows; // the fields of each record, by column (missing fields empty)
    bool headerRow = false;  // CSV: the first row named the columns (and is not a record)
    QChar delimiter;         // CSV: ',', ';' or '\t'
    QStringList problems;    // lines that could not be read (JSONL), reported to the user
};

struct Decoded {
    QString text;
    QString error; // not UTF-8 (or UTF-16 with a byte-order mark) text
};

Format formatForFileName(const QString &fileName); // by suffix: .csv/.tsv, .jsonl/.ndjson, else text
// UTF-8 (a BOM is dropped) or UTF-16 with a BOM; anything else is an error, never mojibake.
Decoded decode(QByteArrayView bytes);

// One text per line; blank lines are skipped, lines are kept as written (no trimming inside).
QList<Entry> parseLines(const QString &text);
// RFC 4180: quoted fields with doubled quotes, line breaks inside quotes, CRLF or LF. The
// delimiter is guessed from the first line (',' ';' or tab); the first row is taken as a header
// when its fields are distinct, non-empty and not numbers. An unterminated quote is an error.
Table parseCsv(const QString &text, QString *error);
// One JSON object per line; values that are not strings are written as JSON text; blank lines
// are skipped; lines that are not JSON objects are listed in `problems`.
Table parseJsonl(const QString &text, QString *error);
// The records of `table` as entries: `textColumn` gives the text, `labelColumn` (or -1) the label.
// Records whose text is blank are skipped.
QList<Entry> entries(const Table &table, int textColumn, int labelColumn = -1);
// The column most likely to hold the texts: the one with the longest average field.
int guessTextColumn(const Table &table);

} // namespace TextImport
