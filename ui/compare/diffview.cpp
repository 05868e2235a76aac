#include "diffview.h"

#include "compare/comparerun.h"
#include "compare/worddiff.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

DiffView::DiffView(QWidget *parent)
    : QWidget(parent)
    , m_first(new QComboBox(this))
    , m_second(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("diffView"));
    m_first->setAccessibleName(tr("First lane"));
    m_second->setAccessibleName(tr("Second lane"));
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Compare"), this));
    row->addWidget(m_first);
    row->addWidget(new QLabel(tr("with"), this));
    row->addWidget(m_second);
    row->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_browser, 1);
    connect(m_first, &QComboBox::activated, this, &DiffView::refresh);
    connect(m_second, &QComboBox::activated, this, &DiffView::refresh);
}

void DiffView::setRun(const CompareRun *run)
{
    m_run = run;
    const int first = std::max(0, m_first->currentIndex());
    const int second = std::max(1, m_second->currentIndex());
    m_first->clear();
    m_second->clear();
    for (int i = 0; run && i < run->laneCount(); ++i) {
        m_first->addItem(tr("Lane %1").arg(i + 1));
        m_second->addItem(tr("Lane %1").arg(i + 1));
    }
    if (run && run->laneCount() > 0) {
        m_first->setCurrentIndex(std::min(first, run->laneCount() - 1));
        m_second->setCurrentIndex(std::min(second, run->laneCount() - 1));
    }
    refresh();
}

void DiffView::compare(int first, int second)
{
    m_first->setCurrentIndex(first);
    m_second->setCurrentIndex(second);
    refresh();
}

void DiffView::refresh()
{
    const int a = m_first->currentIndex();
    const int b = m_second->currentIndex();
    if (!m_run || a < 0 || b < 0 || a >= m_run->laneCount() || b >= m_run->laneCount()) {
        m_browser->clear();
        m_summary->clear();
        return;
    }
    const QList<WordDiffPiece> pieces = WordDiff::diff(m_run->answer(a).content, m_run->answer(b).content);
    QString html = QStringLiteral("<div style=\"white-space:pre-wrap\">");
    for (const WordDiffPiece &p : pieces) {
        const QString text = p.text.toHtmlEscaped();
        switch (p.op) {
        case WordDiffPiece::Op::Same:
            html += text;
            break;
        case WordDiffPiece::Op::Removed:
            html +=
                QStringLiteral(
                    "<span style=\"background:#ffd7d5;color:#82071e;text-decoration:line-through\">%1</span>")
                    .arg(text);
            break;
        case WordDiffPiece::Op::Added:
            html += QStringLiteral("<span style=\"background:#d1f5d3;color:#055d20\">%1</span>").arg(text);
            break;
        }
    }
    html += QStringLiteral("</div>");
    m_browser->setHtml(html);
    m_summary->setText(tr("%1% of the words in common").arg(qRound(WordDiff::similarity(pieces) * 100)));
}
