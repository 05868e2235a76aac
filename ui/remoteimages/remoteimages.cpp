#include "remoteimages.h"

#include "markdown/markdownhtmlwriter.h"
#include "markdown/markdownrenderer.h"
#include "remoteimagefetch.h"

#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTextDocument>
#include <QUrl>

namespace {

// What MarkdownHtmlWriter::writeImage writes; the escaped text between cannot hold a '<'.
const QLatin1String kAnchorStart("<a class=\"image\" href=\"");
const QLatin1String kPlaceholderStart("<a class=\"image\" href=\"loquat-image:");
const QLatin1String kPlaceholderEnd("</a>");
const QLatin1String kHintStart("<span class=\"imagehint\">");
const QLatin1String kSpanEnd("</span>");

QString escaped(const QString &text)
{
    QString out;
    MarkdownHtmlWriter::appendEscaped(out, text);
    return out;
}

} // namespace

RemoteImages::RemoteImages(QTextDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_scheme(QStringLiteral("loquat-remote-%1")
                   .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0')))
{}

RemoteImages::~RemoteImages() = default;

void RemoteImages::setNetwork(QNetworkAccessManager *network)
{
    m_network = network;
}

QNetworkAccessManager *RemoteImages::network()
{
    if (m_network)
        return m_network;
    if (!m_ownNetwork)
        m_ownNetwork = new QNetworkAccessManager(this);
    return m_ownNetwork;
}

void RemoteImages::load(const QString &url)
{
    Entry &entry = m_entries[url];
    if (entry.state == State::Loading || entry.state == State::Loaded)
        return;
    entry.state = State::Loading;
    entry.error.clear();
    ++m_requests;
    auto *fetch = new RemoteImageFetch(network(), QUrl(url), this);
    entry.fetch = fetch;
    connect(fetch, &RemoteImageFetch::done, this, [this, url, fetch](const QImage &image) {
        fetch->deleteLater();
        Entry &e = m_entries[url];
        e.state = State::Loaded;
        e.image = image;
        e.resource = m_scheme + QLatin1Char(':') + QString::number(m_entries.size()) + QLatin1Char('-') +
                     QString::number(QRandomGenerator::global()->generate(), 16);
        emit changed(url);
    });
    connect(fetch, &RemoteImageFetch::failed, this, [this, url, fetch](const QString &message) {
        fetch->deleteLater();
        Entry &e = m_entries[url];
        e.state = State::Failed;
        e.error = message;
        emit changed(url);
    });
    emit changed(url);
}

RemoteImages::State RemoteImages::state(const QString &url) const
{
    return m_entries.value(url).state;
}

QString RemoteImages::error(const QString &url) const
{
    return m_entries.value(url).error;
}

QImage RemoteImages::image(const QString &url) const
{
    return m_entries.value(url).image;
}

bool RemoteImages::setMaxWidth(int pixels)
{
    pixels = std::max(64, pixels);
    if (pixels == m_maxWidth)
        return false;
    const int before = m_maxWidth;
    m_maxWidth = pixels;
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.state == State::Loaded &&
            std::min(entry.image.width(), before) != std::min(entry.image.width(), pixels))
            return true;
    }
    return false;
}

QString RemoteImages::present(const QString &html)
{
    if (m_entries.isEmpty() || !html.contains(kPlaceholderStart))
        return html;
    QString out;
    out.reserve(html.size());
    qsizetype from = 0;
    while (true) {
        const qsizetype start = html.indexOf(kPlaceholderStart, from);
        const qsizetype end = start < 0 ? -1 : html.indexOf(kPlaceholderEnd, start);
        if (end < 0) {
            out += QStringView(html).mid(from);
            return out;
        }
        out += QStringView(html).mid(from, start - from);
        const QStringView placeholder = QStringView(html).mid(start, end + kPlaceholderEnd.size() - start);
        const qsizetype hrefStart = start + kAnchorStart.size();
        const qsizetype hrefEnd = html.indexOf(QLatin1Char('"'), hrefStart);
        const QString url = MarkdownRenderer::remoteImageFromLink(
            html.mid(hrefStart, std::max<qsizetype>(0, hrefEnd - hrefStart)));
        out += url.isEmpty() ? placeholder.toString() : presentPlaceholder(placeholder, url);
        from = end + kPlaceholderEnd.size();
    }
}

QString RemoteImages::presentPlaceholder(QStringView placeholder, const QString &url)
{
    const auto it = m_entries.find(url);
    if (it == m_entries.end() || it->state == State::NotLoaded)
        return placeholder.toString();
    if (it->state == State::Loaded)
        return imageHtml(*it);
    // Loading or failed: the same link (a click on a failed one tries again), another hint.
    const qsizetype hint = placeholder.indexOf(kHintStart);
    const qsizetype hintEnd = hint < 0 ? -1 : placeholder.indexOf(kSpanEnd, hint);
    if (hintEnd < 0)
        return placeholder.toString();
    const QString text =
        it->state == State::Loading
            //: After an image's description while it loads; %1 is its web address.
            ? tr("(loading the image from %1…)").arg(url)
            //: After an image's description; %1 is why it could not be loaded (a sentence part).
            : tr("(could not load the image: %1. Click to try again.)").arg(it->error);
    return placeholder.left(hint + kHintStart.size()).toString() + escaped(text) +
           placeholder.mid(hintEnd).toString();
}

QString RemoteImages::imageHtml(Entry &entry)
{
    // Added every time it is shown: clearing the document (a rebuild) drops its resources.
    m_document->addResource(QTextDocument::ImageResource, QUrl(entry.resource), entry.image);
    QSize size = entry.image.size();
    if (size.width() > m_maxWidth)
        size = QSize(m_maxWidth, std::max(1, int(qint64(size.height()) * m_maxWidth / size.width())));
    return QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\">")
        .arg(entry.resource)
        .arg(size.width())
        .arg(size.height());
}
