#pragma once

#include <QHash>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QString>

class QNetworkAccessManager;
class QTextDocument;
class RemoteImageFetch;

// The web images of one conversation view that the user asked to see, and how each is doing.
//
// The markdown renderer turns a web image into a placeholder link (MarkdownRenderer::
// remoteImageLinkFor); nothing is fetched until load() is called for it, which the view does on a
// click. present() then rewrites the placeholders of a rendered snippet: "loading…", the reason
// it failed (a click tries again), or the image itself, added to the view's document as a
// resource under a name with a random part (so no text of a model can name one) and sized to at
// most the view's width. changed() tells the view which placeholders to draw again.
class RemoteImages final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteImages)

public:
    enum class State { NotLoaded, Loading, Loaded, Failed };

    explicit RemoteImages(QTextDocument *document, QObject *parent = nullptr);
    ~RemoteImages() override;

    // The app's network manager; without one the images get one of their own.
    void setNetwork(QNetworkAccessManager *network);
    // Fetches the image at `url` (http or https), unless it is loading or loaded already.
    void load(const QString &url);
    State state(const QString &url) const;
    QString error(const QString &url) const;
    QImage image(const QString &url) const;
    int requestCount() const { return m_requests; }

    // The widest an image is shown; returns true when a loaded image's shown size changes.
    bool setMaxWidth(int pixels);
    // `html` with every placeholder shown as its image's state says.
    QString present(const QString &html);

signals:
    void changed(const QString &url);

private:
    struct Entry {
        State state = State::NotLoaded;
        QString error;
        QImage image;
        QString resource; // the document's name for it
        QPointer<RemoteImageFetch> fetch;
    };

    QString presentPlaceholder(QStringView placeholder, const QString &url);
    QString imageHtml(Entry &entry);
    QNetworkAccessManager *network();

    QTextDocument *m_document;
    QPointer<QNetworkAccessManager> m_network;
    QNetworkAccessManager *m_ownNetwork = nullptr;
    QHash<QString, Entry> m_entries;
    QString m_scheme; // "loquat-remote-<random>"
    int m_maxWidth = 600;
    int m_requests = 0;
};
