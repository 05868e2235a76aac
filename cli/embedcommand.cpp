#include "embedcommand.h"

#include "api/vllmclient.h"
#include "embeddings/embeddingerrors.h"
#include "embeddings/embeddingjob.h"
#include "embeddings/similarity.h"
#include "embeddings/textimport.h"
#include "embeddings/vectorexport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdio>

namespace {

void writeOut(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

void writeOut(FILE *stream, const QString &text)
{
    writeOut(stream, text.toUtf8());
}

QString preview(const QString &text, int chars = 60)
{
    QString simple = text.simplified();
    if (simple.size() > chars)
        simple = simple.left(chars - 1) + QChar(0x2026);
    return simple;
}

} // namespace

EmbedCommand::EmbedCommand(const CliOptions &options, VllmClient *client, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_client(client)
{}

bool EmbedCommand::loadTexts(QString &error)
{
    if (m_options.file.isEmpty()) {
        m_texts = m_options.texts;
        return true;
    }
    QFile file;
    if (m_options.file == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            error = tr("could not read standard input.");
            return false;
        }
    } else {
        file.setFileName(m_options.file);
        if (!file.open(QIODevice::ReadOnly)) {
            error = tr("could not open %1: %2").arg(m_options.file, file.errorString());
            return false;
        }
    }
    const TextImport::Decoded decoded = TextImport::decode(file.readAll());
    if (!decoded.error.isEmpty()) {
        error = decoded.error;
        return false;
    }
    const TextImport::Format format = m_options.file == QLatin1String("-")
                                          ? TextImport::Format::Text
                                          : TextImport::formatForFileName(m_options.file);
    QList<TextImport::Entry> entries;
    if (format == TextImport::Format::Text) {
        entries = TextImport::parseLines(decoded.text);
    } else {
        const TextImport::Table table = format == TextImport::Format::Csv
                                            ? TextImport::parseCsv(decoded.text, &error)
                                            : TextImport::parseJsonl(decoded.text, &error);
        if (!error.isEmpty())
            return false;
        int column = TextImport::guessTextColumn(table);
        if (!m_options.field.isEmpty()) {
            column = int(table.columns.indexOf(m_options.field));
            if (column < 0) {
                error = tr("%1 has no column or field \"%2\" (it has: %3).")
                            .arg(m_options.file, m_options.field, table.columns.join(QStringLiteral(", ")));
                return false;
            }
        }
        entries = TextImport::entries(table, column);
    }
    for (const TextImport::Entry &entry : entries)
        m_texts.append(entry.text);
    if (m_texts.isEmpty()) {
        error = tr("%1 holds no texts.").arg(m_options.file);
        return false;
    }
    return true;
}

void EmbedCommand::start()
{
    QString error;
    if (!loadTexts(error)) {
        writeOut(stderr, tr("loquat-cli: %1\n").arg(error));
        emit done(2);
        return;
    }
    for (const QString &text : std::as_const(m_texts)) {
        if (text.trimmed().isEmpty()) {
            writeOut(stderr, tr("loquat-cli: a text is empty; give only texts with words in them.\n"));
            emit done(2);
            return;
        }
    }
    QList<EmbeddingJob::Input> inputs;
    for (int i = 0; i < m_texts.size(); ++i)
        inputs.append({quint64(i), m_texts[i]});
    if (!m_options.query.isEmpty())
        inputs.append({quint64(m_texts.size()), m_options.query});
    m_vectors.resize(inputs.size());
    m_refusals.resize(inputs.size());
    m_nonFinite.resize(inputs.size());

    EmbeddingRequest request;
    request.model = m_options.model;
    request.dimensions = m_options.dimensions;
    request.truncate = m_options.truncate;
    request.truncatePromptTokens = m_options.truncateTokens;
    m_job = new EmbeddingJob(m_client, request, inputs, m_options.batchSize, this);
    connect(m_job, &EmbeddingJob::batchFinished, this,
            [this](const QList<quint64> &keys, const QList<QList<float>> &vectors,
                   const QList<quint64> &nonFinite) {
                for (qsizetype i = 0; i < keys.size(); ++i) {
                    m_vectors[qsizetype(keys[i])] = vectors[i];
                    m_nonFinite[qsizetype(keys[i])] = nonFinite.contains(keys[i]);
                }
            });
    connect(m_job, &EmbeddingJob::itemFailed, this, [this](quint64 key, const ApiError &refusal) {
        m_refusals[qsizetype(key)] = EmbeddingErrors::describeEmbedding(refusal);
    });
    connect(m_job, &EmbeddingJob::retrying, this, [](int attempt, int delayMs, const ApiError &reason) {
        writeOut(stderr, tr("loquat-cli: %1 Retrying (%2) in %3 ms.\n")
                             .arg(reason.userMessage())
                             .arg(attempt)
                             .arg(delayMs));
    });
    connect(m_job, &EmbeddingJob::finished, this, &EmbedCommand::onFinished);
    m_job->start();
}

void EmbedCommand::interrupt()
{
    m_interrupted = true;
    if (m_job && m_job->isRunning())
        m_job->cancel();
    else
        emit done(130);
}

void EmbedCommand::onFinished()
{
    if (m_job->state() != EmbeddingJob::State::Finished) {
        writeOut(stderr, tr("loquat-cli: %1\n")
                             .arg(m_job->state() == EmbeddingJob::State::Canceled ? tr("Stopped.")
                                                                                  : m_job->errorMessage()));
        emit done(m_job->state() == EmbeddingJob::State::Canceled || m_interrupted ? 130 : 1);
        return;
    }
    int problems = 0;
    for (qsizetype i = 0; i < m_refusals.size(); ++i) {
        const QString what = i < m_texts.size()
                                 ? tr("text %1 (\"%2\")").arg(i + 1).arg(preview(m_texts[i], 40))
                                 : tr("the query");
        if (!m_refusals[i].isEmpty()) {
            writeOut(stderr, tr("loquat-cli: %1 was refused: %2\n").arg(what, m_refusals[i]));
            ++problems;
        } else if (m_nonFinite[i]) {
            writeOut(stderr,
                     tr("loquat-cli: the vector of %1 holds NaN or infinity; it is left out.\n").arg(what));
            ++problems;
        }
    }
    if (m_options.json)
        printJson();
    else if (!m_options.query.isEmpty())
        printRanking();
    else
        printMatrix();
    emit done(problems > 0 ? 1 : 0);
}

VectorMatrix EmbedCommand::usableVectors(QList<int> &rows) const
{
    QList<QList<float>> vectors;
    for (int i = 0; i < m_texts.size(); ++i) {
        if (!m_vectors[i].isEmpty() && !m_nonFinite[i]) {
            rows.append(i);
            vectors.append(m_vectors[i]);
        }
    }
    VectorMatrix matrix;
    VectorMatrix::fromRows(vectors, matrix); // one model, one request shape: one length
    return matrix;
}

void EmbedCommand::printMatrix() const
{
    QList<int> rows;
    const VectorMatrix matrix = usableVectors(rows);
    const SimilarityMatrix similarity = Similarity::cosineMatrix(matrix);
    QString out = QStringLiteral("%1").arg(QString(), 6);
    for (int r : std::as_const(rows))
        out += QStringLiteral("%1").arg(QStringLiteral("[%1]").arg(r + 1), 8);
    out += QLatin1Char('\n');
    for (int a = 0; a < rows.size(); ++a) {
        out += QStringLiteral("%1").arg(QStringLiteral("[%1]").arg(rows[a] + 1), 6);
        for (int b = 0; b < rows.size(); ++b)
            out += QStringLiteral("%1").arg(double(similarity.at(a, b)), 8, 'f', 4);
        out += QLatin1Char('\n');
    }
    out += QLatin1Char('\n');
    for (int r : std::as_const(rows))
        out += QStringLiteral("[%1] %2\n").arg(r + 1).arg(preview(m_texts[r]));
    writeOut(stdout, out);
}

void EmbedCommand::printRanking() const
{
    const QList<float> &query = m_vectors.last();
    if (query.isEmpty() || m_nonFinite.last())
        return;
    QList<int> rows;
    const VectorMatrix matrix = usableVectors(rows);
    const QList<float> scores = Similarity::cosineTo(query, matrix);
    QString out;
    int rank = 0;
    for (int i : Similarity::rankDescending(scores))
        out += QStringLiteral("%1  %2  [%3] %4\n")
                   .arg(++rank, 3)
                   .arg(double(scores[i]), 7, 'f', 4)
                   .arg(rows[i] + 1)
                   .arg(preview(m_texts[rows[i]], 70));
    writeOut(stdout, out);
}

void EmbedCommand::printJson() const
{
    // Written by hand so that every number reads back as the same float32 (shortest digits).
    const auto quoted = [](const QString &text) {
        const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
        return json.mid(1, json.size() - 2);
    };
    const auto vector = [](const QList<float> &values) {
        QByteArray out = "[";
        for (qsizetype d = 0; d < values.size(); ++d) {
            if (d > 0)
                out += ',';
            out += VectorExport::formatFloat(values[d]);
        }
        return out + ']';
    };
    const Usage &usage = m_job->usage();
    qsizetype dims = 0;
    for (const QList<float> &v : m_vectors)
        dims = std::max(dims, v.size());
    QByteArray out = "{\"model\":" + quoted(m_options.model) + ",\"dimensions\":" + QByteArray::number(dims) +
                     ",\"usage\":{\"prompt_tokens\":" +
                     (usage.promptTokens >= 0 ? QByteArray::number(usage.promptTokens) : QByteArray("null")) +
                     "},\"data\":[";
    for (int i = 0; i < m_texts.size(); ++i) {
        if (i > 0)
            out += ',';
        out += "{\"index\":" + QByteArray::number(i) + ",\"text\":" + quoted(m_texts[i]) + ",\"embedding\":";
        out += m_vectors[i].isEmpty() || m_nonFinite[i] ? QByteArray("null") : vector(m_vectors[i]);
        if (!m_refusals[i].isEmpty())
            out += ",\"error\":" + quoted(m_refusals[i]);
        else if (m_nonFinite[i])
            out += ",\"error\":" + quoted(tr("the vector holds NaN or infinity"));
        out += '}';
    }
    out += ']';
    if (!m_options.query.isEmpty()) {
        out += ",\"query\":{\"text\":" + quoted(m_options.query) + ",\"embedding\":" +
               (m_vectors.last().isEmpty() || m_nonFinite.last() ? QByteArray("null")
                                                                 : vector(m_vectors.last()));
        // The ranking, best first: indexes into data with their cosine.
        QList<int> rows;
        const VectorMatrix matrix = usableVectors(rows);
        out += ",\"ranking\":[";
        if (!m_vectors.last().isEmpty() && !m_nonFinite.last()) {
            const QList<float> scores = Similarity::cosineTo(m_vectors.last(), matrix);
            bool first = true;
            for (int i : Similarity::rankDescending(scores)) {
                out += first ? "" : ",";
                first = false;
                out += "{\"index\":" + QByteArray::number(rows[i]) +
                       ",\"score\":" + VectorExport::formatFloat(scores[i]) + '}';
            }
        }
        out += "]}";
    }
    out += "}\n";
    writeOut(stdout, out);
}
