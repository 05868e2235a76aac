#pragma once

#include <QList>
#include <QString>
#include <QUrl>

// What the vectors of a set were computed with. Vectors computed with different settings are not
// comparable, so a new computation with other settings starts over.
struct ComputeSettings {
    QUrl server;         // the base URL (never the key)
    QString profileName; // the server profile it was, as the user named it ("" for an ad-hoc address)
    QString model;
    int dimensions = 0; // 0: the model's own
    bool truncate = false;
    int truncateTokens = -1; // with truncate: -1 is the model's limit

    // The profile's name is not compared: renaming a profile does not make its vectors another set.
    bool operator==(const ComputeSettings &other) const
    {
        return server == other.server && model == other.model && dimensions == other.dimensions &&
               truncate == other.truncate && truncateTokens == other.truncateTokens;
    }
};

// One text of a set, and what the server made of it.
struct EmbeddingItem {
    quint64 id = 0; // stable while the set is open (rows move, ids do not)
    QString label;
    QString text;
    QList<float> vector;    // empty until computed
    double norm = -1;       // the vector's L2 norm, -1 without one
    QString error;          // the server refused this text (too long), or its vector is unusable
    bool nonFinite = false; // the server's vector held NaN or infinity: kept out of every view

    bool hasVector() const { return !vector.isEmpty() && !nonFinite; }
    bool isEmptyText() const { return text.trimmed().isEmpty(); }
    // Needs a computation: not empty, no vector yet, not refused.
    bool isPending() const { return !isEmptyText() && vector.isEmpty() && error.isEmpty(); }
    // The label if there is one, else the start of the text.
    QString displayLabel(int maxChars = 40) const;
};
