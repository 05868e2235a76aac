#pragma once

#include "storeerror.h"

#include <QString>
#include <QStringList>

// How opening the store went: whether it can be read and written, and what the user should be
// told (a damaged file set aside, a newer file shown read-only, no full-text search).
struct StoreStatus {
    Q_DECLARE_TR_FUNCTIONS(StoreStatus)

public:
    QString path;
    bool open = false;
    bool writable = false;
    bool fullTextSearch = false;
    int version = 0;   // the schema version in the file, after migrating
    QString keptAside; // a damaged file was moved here, and a new history started
    QString backup;    // the copy made before migrating an older file
    StoreError error;  // why it is read-only or closed; None when all is well
    bool searchMissing = false;

    // Sentences for a banner, most important first; empty when there is nothing to say.
    QStringList notices() const;
};
