#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QSqlDatabase;
struct StoreError;

// The store's schema, as the list of steps that build it. The database's `PRAGMA user_version`
// is the number of steps applied; opening a store applies the missing ones, each in its own
// transaction, so a file of any earlier version comes up to date and a failed step changes
// nothing.
//
// To change the schema (a new table for attachments, a column for logprobs, ...):
//   1. append a step to the list in storeschema.cpp: never edit or reorder a released step;
//   2. add the version's seed to tests/core/tst_storeschema.cpp (it fails until you do): rows as a
//      file of that version would hold them, which the test migrates and reads back;
//   3. read and write the new columns in ConversationStore.
// The full-text index is not a step: it is derived data, created (and rebuilt) whenever the
// SQLite at hand has FTS5 (see ensureSearchIndex).
namespace StoreSchema {

struct Step {
    QString what;    // one line, for logs and the test's messages
    QStringList sql; // statements, run in order
};

const QList<Step> &steps();
int latestVersion(); // steps().size()

// The version recorded in the file (0 for a new one); -1 and `error` when it cannot be read.
int version(QSqlDatabase &db, StoreError *error);
// Applies steps[from .. to) (to = -1: all); each step and its user_version in one transaction.
bool migrate(QSqlDatabase &db, int from, int to, StoreError *error);

// Whether this SQLite can create FTS5 tables.
bool hasFts5(QSqlDatabase &db);
// Creates the full-text index and its triggers if missing, filling it from the messages.
bool ensureSearchIndex(QSqlDatabase &db, StoreError *error);

} // namespace StoreSchema
