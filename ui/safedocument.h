#pragma once

#include <QTextDocument>

// A QTextDocument that never loads a resource by itself. QTextDocument's default loadResource()
// falls back to reading relative names as local files and decodes data: URLs when its owner
// returns nothing; model output must never make the app read a file or fetch anything, so the
// only source of resources is the owning view's loadResource() (which refuses remote and file
// URLs), and a document without a view gets nothing at all.
class SafeDocument final : public QTextDocument {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SafeDocument)

public:
    explicit SafeDocument(QObject *parent = nullptr);

protected:
    QVariant loadResource(int type, const QUrl &name) override;
};
