#pragma once

#include "media/attachment.h"
#include "media/imaging/attachmentpreparer.h"
#include "media/medialimits.h"

#include <QWidget>
#include <memory>

class AttachmentJobs;
class QActionGroup;
class AttachmentStore;
class AttachmentStrip;
class ComposerEdit;
class QLabel;
class QMimeData;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

// Where the user writes. Enter (or the Send button) asks to send, Shift+Enter starts a new line,
// Esc (or the button, which reads Stop while an answer streams) asks to stop. The composer never
// clears itself: its owner clears it once the send was accepted, so nothing typed is ever lost.
//
// Attachments: the Attach button (files, a pasted image, a web address, and how large images are
// sent to this server), dropping files or images on the composer (or the window, which forwards
// them), and pasting an image or copied files. Each file is prepared off the UI thread
// (AttachmentJobs); the strip shows it while it is prepared and then what will be sent; a
// refusal is shown above the text, naming the file. Sending waits until all are ready.
class Composer final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Composer)

public:
    explicit Composer(QWidget *parent = nullptr);
    ~Composer() override;

    QString text() const;
    void setText(const QString &text);
    void clear(); // the text and the attachments
    // The attachments ready to send, in order; setAttachments() puts sent ones back (a refused send).
    AttachmentList attachments() const;
    void setAttachments(const AttachmentList &attachments);
    bool isPreparingAttachments() const;
    void addFiles(const QStringList &paths);
    void addImage(const QImage &image, const QString &name = {});
    bool addUrl(const QUrl &url);
    // Drops and pastes: local files, images and http(s) links to media; false when none is there.
    static bool hasMedia(const QMimeData *mime);
    bool addMedia(const QMimeData *mime);
    // Where prepared files are stored (default AttachmentStore::defaultRoot()).
    void setAttachmentStoreRoot(const QString &root);
    // Which server the image size setting belongs to ("host:port"); images are scaled to it.
    void setServerKey(const QString &key);
    const MediaLimits &mediaLimits() const { return m_limits; }
    void setMaxImageEdge(int edge); // for this server; remembered (0 = off)
    AttachmentStrip *attachmentStrip() const { return m_strip; }
    QLabel *attachmentNotice() const { return m_notice; }
    QToolButton *attachButton() const { return m_attach; }
    QPlainTextEdit *editor() const;
    QPushButton *button() const { return m_button; }

    // While busy the button stops the answer, and Enter does not send (the text stays for later).
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    // Whether sending is possible at all; `reason` says why not (shown as the button's tooltip).
    void setCanSend(bool canSend, const QString &reason = {});
    bool canSend() const { return m_canSend; }
    // Asks to send what is written, as Enter does (nothing while busy, empty or preparing).
    void submit();

signals:
    void sendRequested(const QString &text);
    void stopRequested();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildAttachMenu();
    void chooseFiles();
    void askForUrl();
    void onPrepared(quint64 ticket, const AttachmentPreparer::Result &result);
    void showNotice(const QString &text);
    void applyOptions();
    void onButton();
    void updateButton();

    ComposerEdit *m_edit;
    QPushButton *m_button;
    QToolButton *m_attach;
    QActionGroup *m_edgeGroup = nullptr; // "send images at most N px", checked in applyOptions()
    AttachmentStrip *m_strip;
    QLabel *m_notice;
    AttachmentJobs *m_jobs;
    std::unique_ptr<AttachmentStore> m_store;
    MediaLimits m_limits;
    QString m_serverKey;
    QStringList m_refusals; // of the current batch of attachments
    QString m_cannotSendReason;
    bool m_busy = false;
    bool m_canSend = true;
};
