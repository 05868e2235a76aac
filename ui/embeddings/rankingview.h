#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class ServerPicker;
class VllmClient;

// The Search tab: a query box, and every text ranked against the query twice, side by side — by
// the cosine of the embedding vectors, and by the server's reranker (POST /rerank, /v1/rerank or
// /score) where one is served. The reranker may live on the embeddings server or on another one
// (its own ServerPicker). Each row of the reranker's list says where the embeddings put that text.
class RankingView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RankingView)

public:
    struct Row {
        int index = -1; // the text's row in the set
        QString label;
        QString text;
        double score = 0;
    };

    RankingView(VllmClient *rerankClient, QWidget *parent = nullptr);

    QString query() const;
    void setQuery(const QString &query);
    bool useReranker() const;
    bool rerankerOnEmbeddingsServer() const;
    ServerPicker *rerankPicker() const { return m_rerankPicker; }

    // Rows in ranking order (best first).
    void setEmbeddingRanking(const QList<Row> &rows, const QString &note);
    void setRerankRanking(const QList<Row> &rows, const QString &note);
    void setEmbeddingMessage(const QString &message, bool isError = false);
    void setRerankMessage(const QString &message, bool isError = false);
    void setBusy(bool busy);

    QLineEdit *queryEdit() const { return m_query; }
    QPushButton *rankButton() const { return m_rank; }
    QCheckBox *rerankBox() const { return m_rerank; }
    QCheckBox *sameServerBox() const { return m_sameServer; }
    QTableWidget *embeddingTable() const { return m_embeddingTable; }
    QTableWidget *rerankTable() const { return m_rerankTable; }
    QLabel *embeddingNote() const { return m_embeddingNote; }
    QLabel *rerankNote() const { return m_rerankNote; }

signals:
    void rankRequested(const QString &query);

private:
    void fill(QTableWidget *table, const QList<Row> &rows, bool withEmbeddingRank);

    QLineEdit *m_query;
    QPushButton *m_rank;
    QCheckBox *m_rerank;
    QCheckBox *m_sameServer;
    ServerPicker *m_rerankPicker;
    QTableWidget *m_embeddingTable;
    QTableWidget *m_rerankTable;
    QLabel *m_embeddingNote;
    QLabel *m_rerankNote;
    QList<Row> m_embeddingRows; // for "where the embeddings put it"
    QList<Row> m_rerankRows;
};
