#include "composer.h"

#include "attachments/attachmentjobs.h"
#include "attachments/attachmentpreview.h"
#include "attachments/attachmentsizelimits.h"
#include "attachments/attachmentstrip.h"
#include "attachments/thumbnailcache.h"
#include "composeredit.h"
#include "media/attachmentstore.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

const QString kEdgeKey = QStringLiteral("attachments/maxImageEdge/");
constexpr int kEdgeChoices[] = {1024, 1536, 2048, 3072, 4096, 0};

bool isWebMediaUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return (scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
           MediaFormats::bySuffix(url.path()) != nullptr;
}

} // namespace

Composer::Composer(QWidget *parent)
    : QWidget(parent)
    , m_edit(new ComposerEdit(this))
    , m_button(new QPushButton(this))
    , m_attach(new QToolButton(this))
    , m_strip(new AttachmentStrip(this))
    , m_notice(new QLabel(this))
    , m_jobs(new AttachmentJobs(this))
    , m_store(std::make_unique<AttachmentStore>(AttachmentStore::defaultRoot()))
{
    m_edit->setPlaceholderText(tr("Message — Enter to send, Shift+Enter for a new line, Esc to stop"));
    m_edit->setAccessibleName(tr("Message"));
    m_edit->setAccessibleDescription(
        tr("Enter sends the message, Shift+Enter starts a new line, Esc stops the answer."));
    m_button->setAccessibleName(tr("Send or stop"));
    m_button->setAutoDefault(false);

    m_attach->setText(tr("Attach"));
    m_attach->setToolTip(tr("Attach images, video or audio (or drop or paste them here)"));
    m_attach->setAccessibleName(tr("Attach media"));
    m_attach->setPopupMode(QToolButton::MenuButtonPopup);
    m_notice->setObjectName(QStringLiteral("attachmentNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setStyleSheet(QStringLiteral("color: #c62828"));
    m_notice->hide();
    setAcceptDrops(true);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_attach, 0, Qt::AlignBottom);
    row->addWidget(m_edit, 1);
    row->addWidget(m_button, 0, Qt::AlignBottom);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_notice);
    layout->addWidget(m_strip);
    layout->addLayout(row);
    setFocusProxy(m_edit);
    setTabOrder(m_attach, m_edit);
    setTabOrder(m_edit, m_button);
    buildAttachMenu();
    applyOptions();
    connect(m_attach, &QToolButton::clicked, this, &Composer::chooseFiles);
    connect(m_jobs, &AttachmentJobs::prepared, this, &Composer::onPrepared);
    connect(m_strip, &AttachmentStrip::changed, this, &Composer::updateButton);
    connect(m_strip, &AttachmentStrip::previewRequested, this,
            [this](const Attachment &a) { AttachmentPreview::open(a, this); });
    connect(m_edit, &ComposerEdit::mediaPasted, this, &Composer::addMedia);

    connect(m_edit, &ComposerEdit::submitted, this, &Composer::submit);
    connect(m_edit, &ComposerEdit::escapePressed, this, &Composer::stopRequested);
    connect(m_button, &QPushButton::clicked, this, &Composer::onButton);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &Composer::updateButton);
    updateButton();
}

Composer::~Composer() = default;

QString Composer::text() const
{
    return m_edit->toPlainText();
}

void Composer::setText(const QString &text)
{
    m_edit->setPlainText(text);
    m_edit->moveCursor(QTextCursor::End);
}

void Composer::clear()
{
    m_edit->clear();
    m_strip->clear();
    m_notice->hide();
}

AttachmentList Composer::attachments() const
{
    return m_strip->attachments();
}

void Composer::setAttachments(const AttachmentList &attachments)
{
    m_strip->clear();
    for (const Attachment &a : attachments)
        m_strip->addReady(a);
}

bool Composer::isPreparingAttachments() const
{
    return m_strip->hasPending();
}

void Composer::setAttachmentStoreRoot(const QString &root)
{
    m_store = std::make_unique<AttachmentStore>(root);
    applyOptions();
}

void Composer::setServerKey(const QString &key)
{
    m_serverKey = key;
    m_limits.maxImageEdge = QSettings().value(kEdgeKey + key, MediaLimits::kDefaultMaxImageEdge).toInt();
    applyOptions();
}

void Composer::setMaxImageEdge(int edge)
{
    m_limits.maxImageEdge = qMax(0, edge);
    QSettings().setValue(kEdgeKey + m_serverKey, m_limits.maxImageEdge);
    applyOptions();
}

void Composer::applyOptions()
{
    // Read at every attach (addFiles and addImage come here): a limit changed in Preferences
    // applies to the next file.
    AttachmentSizeLimits::applyTo(m_limits);
    AttachmentPreparer::Options options;
    options.limits = m_limits;
    options.store = m_store.get();
    options.thumbnailEdge = ThumbnailCache::kEdge;
    m_jobs->setOptions(options);
    if (m_edgeGroup) {
        for (QAction *action : m_edgeGroup->actions())
            action->setChecked(action->data().toInt() == m_limits.maxImageEdge);
    }
}

void Composer::buildAttachMenu()
{
    auto *menu = new QMenu(m_attach);
    menu->addAction(tr("Files…"), this, &Composer::chooseFiles);
    menu->addAction(tr("Image from the clipboard"), this, [this] {
        if (!addMedia(QApplication::clipboard()->mimeData()))
            showNotice(tr("The clipboard holds no image or media file."));
    });
    menu->addAction(tr("Web address…"), this, &Composer::askForUrl);
    menu->addSeparator();
    QMenu *edge = menu->addMenu(tr("Send images at most"));
    m_edgeGroup = new QActionGroup(edge);
    for (const int pixels : kEdgeChoices) {
        QAction *action = edge->addAction(pixels > 0 ? tr("%1 px on the longest side").arg(pixels)
                                                     : tr("At their own size (no scaling)"));
        action->setCheckable(true);
        action->setData(pixels);
        m_edgeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, pixels] { setMaxImageEdge(pixels); });
    }
    m_attach->setMenu(menu);
}

void Composer::chooseFiles()
{
    const QString filters =
        QStringList{MediaFormats::allFilesFilter(), MediaFormats::dialogFilter(MediaKind::Image),
                    MediaFormats::dialogFilter(MediaKind::Video),
                    MediaFormats::dialogFilter(MediaKind::Audio), tr("All files (*)")}
            .join(QStringLiteral(";;"));
    auto *dialog = new QFileDialog(this, tr("Attach images, video or audio"), QString(), filters);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, this, &Composer::addFiles);
    dialog->open();
}

void Composer::askForUrl()
{
    auto *dialog = new QInputDialog(this);
    dialog->setWindowTitle(tr("Attach a web address"));
    dialog->setLabelText(tr("An http(s) address of an image, video or audio file; the server fetches it:"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this](const QString &text) { addUrl(QUrl::fromUserInput(text.trimmed())); });
    dialog->open();
}

void Composer::addFiles(const QStringList &paths)
{
    m_refusals.clear();
    m_notice->hide();
    applyOptions();
    for (const QString &path : paths)
        m_strip->addPending(m_jobs->prepareFile(path), QFileInfo(path).fileName());
}

void Composer::addImage(const QImage &image, const QString &name)
{
    m_refusals.clear();
    m_notice->hide();
    const QString shown = name.isEmpty() ? tr("Pasted image") : name;
    applyOptions();
    m_strip->addPending(m_jobs->prepareImage(image, shown), shown);
}

bool Composer::addUrl(const QUrl &url)
{
    const AttachmentPreparer::Result result = AttachmentPreparer::prepareUrl(url);
    if (!result.ok) {
        showNotice(result.error);
        return false;
    }
    m_notice->hide();
    m_strip->addReady(result.attachment);
    return true;
}

bool Composer::hasMedia(const QMimeData *mime)
{
    if (!mime)
        return false;
    if (mime->hasImage())
        return true;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() || isWebMediaUrl(url))
            return true;
    }
    return false;
}

bool Composer::addMedia(const QMimeData *mime)
{
    if (!hasMedia(mime))
        return false;
    QStringList files;
    bool any = false;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
        else if (isWebMediaUrl(url))
            any = addUrl(url) || any;
    }
    if (!files.isEmpty()) {
        addFiles(files);
        return true;
    }
    if (!any && mime->hasImage()) {
        addImage(qvariant_cast<QImage>(mime->imageData()));
        return true;
    }
    return any;
}

void Composer::onPrepared(quint64 ticket, const AttachmentPreparer::Result &result)
{
    if (!result.ok) {
        m_strip->drop(ticket);
        m_refusals.append(result.error);
        showNotice(m_refusals.join(QLatin1Char('\n')));
        return;
    }
    ThumbnailCache::shared()->insert(result.attachment.sha256, result.thumbnail);
    m_strip->resolve(ticket, result.attachment);
}

void Composer::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void Composer::dragEnterEvent(QDragEnterEvent *event)
{
    if (hasMedia(event->mimeData()))
        event->acceptProposedAction();
    else
        QWidget::dragEnterEvent(event);
}

void Composer::dropEvent(QDropEvent *event)
{
    if (addMedia(event->mimeData()))
        event->acceptProposedAction();
    else
        QWidget::dropEvent(event);
}

QPlainTextEdit *Composer::editor() const
{
    return m_edit;
}

void Composer::setBusy(bool busy)
{
    m_busy = busy;
    updateButton();
}

void Composer::setCanSend(bool canSend, const QString &reason)
{
    m_canSend = canSend;
    m_cannotSendReason = reason;
    updateButton();
}

void Composer::submit()
{
    const QString message = text();
    if (m_busy || !m_canSend || (message.trimmed().isEmpty() && m_strip->attachments().isEmpty()))
        return;
    if (m_strip->hasPending()) {
        showNotice(tr("Wait a moment: the attachments are still being prepared."));
        return;
    }
    emit sendRequested(message);
}

void Composer::onButton()
{
    if (m_busy)
        emit stopRequested();
    else
        submit();
    m_edit->setFocus();
}

void Composer::updateButton()
{
    if (m_busy) {
        m_button->setText(tr("Stop"));
        m_button->setToolTip(tr("Stop the answer (Esc)"));
        m_button->setEnabled(true);
        return;
    }
    m_button->setText(tr("Send"));
    if (!m_canSend) {
        m_button->setToolTip(m_cannotSendReason);
        m_button->setEnabled(false);
    } else {
        m_button->setToolTip(m_strip->hasPending() ? tr("Wait: the attachments are being prepared")
                                                   : tr("Send the message (Enter)"));
        m_button->setEnabled((!text().trimmed().isEmpty() || !m_strip->attachments().isEmpty()) &&
                             !m_strip->hasPending());
    }
}
