#pragma once

#include "clioptions.h"
#include "embeddings/vectormatrix.h"

#include <QList>
#include <QObject>
#include <QPointer>

class EmbeddingJob;
class VllmClient;

// `loquat-cli embed`: computes the vectors of the texts (batched, base64), then prints the
// cosine-similarity matrix, or with --query the texts ranked against the query, or with --json
// every vector. Texts the server refuses on their own (too long) are reported on stderr and left
// out; the exit status is then 1. Calls `done(status)` once.
class EmbedCommand final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmbedCommand)

public:
    EmbedCommand(const CliOptions &options, VllmClient *client, QObject *parent = nullptr);
    void start();
    void interrupt();

signals:
    void done(int status);

private:
    bool loadTexts(QString &error);
    void onFinished();
    // The texts' usable vectors (not refused, finite) as matrix rows; `rows` gets their indexes.
    VectorMatrix usableVectors(QList<int> &rows) const;
    void printMatrix() const;
    void printRanking() const;
    void printJson() const;

    CliOptions m_options;
    VllmClient *m_client;
    QPointer<EmbeddingJob> m_job;
    QStringList m_texts;           // the query (when given) is the last one sent
    QList<QList<float>> m_vectors; // by text index; empty when refused
    QStringList m_refusals;        // by text index; empty when computed
    QList<bool> m_nonFinite;
    bool m_interrupted = false;
};
