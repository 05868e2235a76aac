#include "rankingview.h"

#include "serverpicker.h"
#include "statustext.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace {

QTableWidget *makeTable(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->setVisible(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    table->setAccessibleName(name);
    return table;
}

} // namespace

RankingView::RankingView(VllmClient *rerankClient, QWidget *parent)
    : QWidget(parent)
    , m_query(new QLineEdit(this))
    , m_rank(new QPushButton(tr("&Rank"), this))
    , m_rerank(new QCheckBox(tr("Also rank with the server's &reranker"), this))
    , m_sameServer(new QCheckBox(tr("Reranker on the embeddings server"), this))
    , m_rerankPicker(new ServerPicker(rerankClient, tr("Reranker:"), this))
    , m_embeddingTable(
          makeTable({tr("#"), tr("Text"), tr("Cosine")}, tr("Ranking by embedding similarity"), this))
    , m_rerankTable(makeTable({tr("#"), tr("Text"), tr("Score"), tr("Embedding rank")},
                              tr("Ranking by the reranker"), this))
    , m_embeddingNote(new QLabel(this))
    , m_rerankNote(new QLabel(this))
{
    auto *queryLabel = new QLabel(tr("&Query:"), this);
    queryLabel->setBuddy(m_query);
    m_query->setPlaceholderText(tr("A question or a sentence to rank every text against"));
    m_query->setClearButtonEnabled(true);
    m_query->setAccessibleName(tr("Query"));
    m_rank->setDefault(true);
    m_rerank->setChecked(true);
    m_rerank->setToolTip(
        tr("POST /v1/rerank, /rerank or /score: served for cross-encoders and embedding models"));
    m_sameServer->setChecked(true);
    m_rerankPicker->setVisible(false);
    for (QLabel *note : {m_embeddingNote, m_rerankNote}) {
        note->setWordWrap(true);
        note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    auto *queryRow = new QHBoxLayout;
    queryRow->addWidget(queryLabel);
    queryRow->addWidget(m_query, 1);
    queryRow->addWidget(m_rank);
    auto *rerankRow = new QHBoxLayout;
    rerankRow->addWidget(m_rerank);
    rerankRow->addWidget(m_sameServer);
    rerankRow->addStretch(1);

    auto *grid = new QGridLayout;
    auto *left = new QLabel(tr("<b>By embedding similarity</b>"), this);
    auto *right = new QLabel(tr("<b>By the reranker</b>"), this);
    grid->addWidget(left, 0, 0);
    grid->addWidget(right, 0, 1);
    grid->addWidget(m_embeddingNote, 1, 0);
    grid->addWidget(m_rerankNote, 1, 1);
    grid->addWidget(m_embeddingTable, 2, 0);
    grid->addWidget(m_rerankTable, 2, 1);
    grid->setRowStretch(2, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(queryRow);
    layout->addLayout(rerankRow);
    layout->addWidget(m_rerankPicker);
    layout->addLayout(grid, 1);

    const auto request = [this] { emit rankRequested(m_query->text()); };
    connect(m_query, &QLineEdit::returnPressed, this, request);
    connect(m_rank, &QPushButton::clicked, this, request);
    connect(m_sameServer, &QCheckBox::toggled, this,
            [this](bool same) { m_rerankPicker->setVisible(!same && m_rerank->isChecked()); });
    connect(m_rerank, &QCheckBox::toggled, this, [this](bool on) {
        m_sameServer->setEnabled(on);
        m_rerankPicker->setVisible(on && !m_sameServer->isChecked());
        m_rerankTable->setEnabled(on);
    });
    setEmbeddingMessage(tr("Type a query and press Enter."));
    setRerankMessage({});
}

QString RankingView::query() const
{
    return m_query->text();
}

void RankingView::setQuery(const QString &query)
{
    m_query->setText(query);
}

bool RankingView::useReranker() const
{
    return m_rerank->isChecked();
}

bool RankingView::rerankerOnEmbeddingsServer() const
{
    return m_sameServer->isChecked();
}

void RankingView::fill(QTableWidget *table, const QList<Row> &rows, bool withEmbeddingRank)
{
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const Row &row = rows[r];
        auto *rank = new QTableWidgetItem(QLocale().toString(r + 1));
        rank->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *label = new QTableWidgetItem(row.label);
        label->setToolTip(row.text.size() > 2000 ? row.text.left(2000) + QChar(0x2026) : row.text);
        label->setData(Qt::UserRole, row.index);
        auto *score =
            new QTableWidgetItem(std::isfinite(row.score) ? QLocale().toString(row.score, 'f', 4) : tr("—"));
        score->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(r, 0, rank);
        table->setItem(r, 1, label);
        table->setItem(r, 2, score);
        if (withEmbeddingRank) {
            int embeddingRank = -1;
            for (int e = 0; e < m_embeddingRows.size(); ++e)
                if (m_embeddingRows[e].index == row.index)
                    embeddingRank = e;
            QString where = tr("—");
            if (embeddingRank >= 0) {
                const int moved = embeddingRank - r;
                where = moved == 0  ? QLocale().toString(embeddingRank + 1)
                        : moved > 0 ? tr("%1 (↑%2)").arg(QLocale().toString(embeddingRank + 1)).arg(moved)
                                    : tr("%1 (↓%2)").arg(QLocale().toString(embeddingRank + 1)).arg(-moved);
            }
            auto *item = new QTableWidgetItem(where);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(r, 3, item);
        }
    }
}

void RankingView::setEmbeddingRanking(const QList<Row> &rows, const QString &note)
{
    m_embeddingRows = rows;
    fill(m_embeddingTable, rows, false);
    StatusText::show(m_embeddingNote, note, false);
    // Whichever side answers first, the reranker's list says where the embeddings put each text.
    if (!m_rerankRows.isEmpty())
        fill(m_rerankTable, m_rerankRows, true);
}

void RankingView::setRerankRanking(const QList<Row> &rows, const QString &note)
{
    m_rerankRows = rows;
    fill(m_rerankTable, rows, true);
    StatusText::show(m_rerankNote, note, false);
}

void RankingView::setEmbeddingMessage(const QString &message, bool isError)
{
    m_embeddingTable->setRowCount(0);
    m_embeddingRows.clear();
    if (!m_rerankRows.isEmpty())
        fill(m_rerankTable, m_rerankRows, true);
    StatusText::show(m_embeddingNote, message, isError);
}

void RankingView::setRerankMessage(const QString &message, bool isError)
{
    m_rerankTable->setRowCount(0);
    m_rerankRows.clear();
    StatusText::show(m_rerankNote, message, isError);
}

void RankingView::setBusy(bool busy)
{
    m_rank->setEnabled(!busy);
}
