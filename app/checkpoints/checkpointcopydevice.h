// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "archivemanifest.h"
#include "tarstreamreader.h"

#include <QDateTime>
#include <QIODevice>
#include <QPointer>

namespace Stasis
{

class CheckpointArchiveStream;
class EngineClient;

/// The body of CheckpointStager's upload when a checkpoint is copied from one
/// folder to another: as it is read, it streams the engine's tar of the
/// source checkpoint (CheckpointArchiveStream, through a read-only helper
/// container) and produces a fresh plain ustar of the same files under the
/// stager's top folder: owner 0:0, files 0600, folders 0700, no special bits,
/// the files' modification times kept.
///
/// size() is exact from the start: it comes from a first pass's file list
/// (CheckpointScan). A stream whose files differ from that list (the source
/// changed meanwhile) makes read() fail (-1, errorString() says which file);
/// so does a failed download.
///
/// Bounded memory: while bufferSize bytes or more wait to be read, the stream
/// is paused, and with it the engine's sending; reading makes room and
/// resumes it. readyRead() follows whenever new bytes (or a failure) are
/// there. Sequential; read on the GUI thread, as QNetworkAccessManager reads
/// an upload.
class CheckpointCopyDevice final : public QIODevice, private TarStreamReader::Handler
{
    Q_OBJECT

public:
    /// The most output kept waiting, besides one chunk of the stream.
    static constexpr qint64 bufferSize = 1024 * 1024;

    /// @p files: the checkpoint's files in stream order (CheckpointScan::files());
    /// @p modified: the time of the checkpoint folder, given to the folders.
    CheckpointCopyDevice(EngineClient *client,
                         const QString &helper,
                         const QString &checkpoint,
                         const QList<ArchiveFileEntry> &files,
                         const QString &topFolder,
                         const QDateTime &modified,
                         QObject *parent = nullptr);
    ~CheckpointCopyDevice() override;

    /// The size of the tar produced for @p files.
    static qint64 archiveSize(const QList<ArchiveFileEntry> &files);

    bool open(OpenMode mode) override;
    bool isSequential() const override;
    qint64 size() const override;
    qint64 bytesAvailable() const override;
    bool atEnd() const override;
    /// True once the stream failed or differed from the file list (see errorString()).
    bool hasFailed() const
    {
        return m_failed;
    }
    /// Bytes of the source checkpoint's tar read so far.
    qint64 bytesDownloaded() const;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    bool entryStarted(const TarEntry &entry) override;
    bool entryData(QByteArrayView chunk) override;
    bool entryFinished() override;

    void startStream();
    void streamFinished(bool ok);
    void failWith(const QString &message);
    /// Pauses the stream while the output is full, resumes it once it is not.
    void updatePause();

    EngineClient *m_client;
    QString m_helper;
    QString m_checkpoint;
    QList<ArchiveFileEntry> m_files;
    QString m_topFolder;
    QDateTime m_modified;
    qint64 m_size = 0;
    QPointer<CheckpointArchiveStream> m_stream;
    QByteArray m_pending;
    qint64 m_produced = 0;
    qsizetype m_nextFile = 0;
    /// The file whose data is streaming; -1 between files.
    qsizetype m_currentFile = -1;
    qint64 m_currentReceived = 0;
    bool m_paused = false;
    bool m_finished = false;
    bool m_failed = false;
};

} // namespace Stasis
