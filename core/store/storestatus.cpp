#include "storestatus.h"

QStringList StoreStatus::notices() const
{
    QStringList lines;
    if (!keptAside.isEmpty())
        lines << tr("The history file was damaged. It was kept as %1 and a new history was started.")
                     .arg(keptAside);
    if (error.isError()) {
        QString line = error.message;
        if (!open)
            line = tr("The history could not be opened (%1): conversations are not saved.")
                       .arg(error.detail.isEmpty() ? error.message : error.detail);
        lines << line;
    }
    if (searchMissing)
        lines << StoreError::sentence(StoreError::Kind::NoSearch);
    return lines;
}
