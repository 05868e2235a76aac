#include "messageaction.h"

#include <QStringList>

namespace {
const QString kScheme = QStringLiteral("loquat-msg:");

struct Verb {
    MessageAction::Kind kind;
    QLatin1String name;
};
constexpr Verb kVerbs[] = {
    {MessageAction::Kind::Copy, QLatin1String("copy")},
    {MessageAction::Kind::Edit, QLatin1String("edit")},
    {MessageAction::Kind::Regenerate, QLatin1String("regenerate")},
    {MessageAction::Kind::Delete, QLatin1String("delete")},
    {MessageAction::Kind::Previous, QLatin1String("previous")},
    {MessageAction::Kind::Next, QLatin1String("next")},
    {MessageAction::Kind::Request, QLatin1String("request")},
    {MessageAction::Kind::Probabilities, QLatin1String("probabilities")},
};
} // namespace

QString MessageAction::link(Kind kind, quint64 messageId)
{
    for (const Verb &verb : kVerbs) {
        if (verb.kind == kind)
            return kScheme + verb.name + QLatin1Char(':') + QString::number(messageId);
    }
    return {};
}

std::optional<MessageAction> MessageAction::fromLink(const QString &href)
{
    if (!href.startsWith(kScheme))
        return std::nullopt;
    const QStringList parts = href.mid(kScheme.size()).split(QLatin1Char(':'));
    if (parts.size() != 2)
        return std::nullopt;
    bool ok = false;
    const quint64 id = parts.at(1).toULongLong(&ok);
    if (!ok || id == 0)
        return std::nullopt;
    for (const Verb &verb : kVerbs) {
        if (parts.at(0) == verb.name)
            return MessageAction{verb.kind, id};
    }
    return std::nullopt;
}
