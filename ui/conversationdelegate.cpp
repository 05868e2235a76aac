#include "conversationdelegate.h"

#include "store/conversationlistmodel.h"
#include "store/searchhit.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace {
constexpr int kPadding = 6;

// Draws `snippet`'s runs (marked ones bold) from `x` on the baseline, eliding the last run
// that does not fit.
void drawSnippet(QPainter *painter, const QRect &rect, const QString &snippet, const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    int x = rect.left();
    const int baseline = rect.top() + QFontMetrics(font).ascent();
    bool marked = false;
    QString run;
    const auto flush = [&]() {
        if (run.isEmpty() || x >= rect.right())
            return false;
        const QFont &f = marked ? bold : font;
        const QFontMetrics metrics(f);
        const int room = rect.right() - x;
        QString shown = run;
        const bool fits = metrics.horizontalAdvance(run) <= room;
        if (!fits)
            shown = metrics.elidedText(run, Qt::ElideRight, room);
        painter->setFont(f);
        painter->drawText(QPoint(x, baseline), shown);
        x += metrics.horizontalAdvance(shown);
        run.clear();
        return fits;
    };
    for (const QChar c : snippet) {
        if (c == SearchHit::kMarkStart || c == SearchHit::kMarkEnd) {
            if (!flush() && x >= rect.right())
                return;
            marked = c == SearchHit::kMarkStart;
        } else {
            run += c == QLatin1Char('\n') ? QLatin1Char(' ') : c;
        }
    }
    flush();
}
} // namespace

ConversationDelegate::ConversationDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QString ConversationDelegate::shortDate(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    const QLocale locale;
    if (local.date() == now.date())
        return locale.toString(local.time(), QStringLiteral("HH:mm"));
    if (local.date().year() == now.date().year())
        return locale.toString(local.date(), QStringLiteral("d MMM"));
    return locale.toString(local.date(), QStringLiteral("d MMM yyyy"));
}

QString ConversationDelegate::plainSnippet(const QString &snippet)
{
    QString plain = snippet;
    plain.remove(SearchHit::kMarkStart).remove(SearchHit::kMarkEnd);
    return plain;
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    const QFontMetrics metrics(option.font);
    return {200, metrics.height() * 2 + kPadding * 2 + 2};
}

void ConversationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget); // background, selection, focus

    painter->save();
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.65f);
    const QRect area = opt.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    const QFontMetrics metrics(opt.font);

    QString title = index.data(ConversationListModel::TitleRole).toString();
    if (index.data(ConversationListModel::PinnedRole).toBool())
        title.prepend(QStringLiteral("📌 "));
    QFont titleFont = opt.font;
    titleFont.setWeight(QFont::DemiBold);
    painter->setFont(titleFont);
    painter->setPen(text);
    const QRect titleRect(area.left(), area.top(), area.width(), metrics.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(titleFont).elidedText(title, Qt::ElideRight, area.width()));

    const QRect second(area.left(), area.top() + metrics.height() + 2, area.width(), metrics.height());
    painter->setPen(dim);
    const QString snippet = index.data(ConversationListModel::SnippetRole).toString();
    if (!snippet.isEmpty()) {
        drawSnippet(painter, second, snippet, opt.font);
    } else {
        QStringList parts;
        const QString model = index.data(ConversationListModel::ModelRole).toString();
        if (!model.isEmpty())
            parts << model;
        parts << shortDate(index.data(ConversationListModel::UpdatedRole).toDateTime());
        painter->setFont(opt.font);
        painter->drawText(
            second, Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(parts.join(QStringLiteral(" · ")), Qt::ElideRight, area.width()));
    }
    painter->restore();
}
