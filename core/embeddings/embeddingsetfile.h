#pragma once

#include "embeddingitem.h"

#include <QByteArray>
#include <QList>
#include <QString>

// A saved set of texts and vectors (`*.loquat-embeddings.json`): the texts with their labels, the
// settings the vectors were computed with (the server's address and its profile's name), each vector as
// base64 of little-endian float32 (exact and a quarter of the size of decimal text), per-text refusals, and
// the last query. Never a key. Pure: bytes in, bytes out; the panel reads and writes the file off the UI
// thread.
namespace EmbeddingSetFile {

constexpr int kVersion = 1;

struct Contents {
    ComputeSettings settings;
    QList<EmbeddingItem> items;
    QString query;
};

QByteArray write(const Contents &contents);
// False with a translated `error` for anything that is not a set file of a known version, or
// whose vectors do not decode; ids are assigned afresh by the caller.
bool read(const QByteArray &bytes, Contents &contents, QString *error);

} // namespace EmbeddingSetFile
