#include "embeddingitem.h"

QString EmbeddingItem::displayLabel(int maxChars) const
{
    if (!label.trimmed().isEmpty())
        return label.trimmed();
    QString simple = text.simplified();
    if (simple.size() > maxChars) {
        simple.truncate(maxChars - 1);
        simple += QChar(0x2026); // …
    }
    return simple;
}
