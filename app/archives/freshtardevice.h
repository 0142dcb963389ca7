// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "archivemanifest.h"

#include <QDateTime>
#include <QIODevice>
#include <QSet>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <set>

namespace Stasis
{

/// The body of `PUT …/archive` that puts a checkpoint's files into a folder
/// on the engine: a fresh plain ustar of what a Source hands it — never
/// bytes received from elsewhere. One top folder named by the caller, the
/// files' subfolders, the files; owner 0:0, files 0600, folders 0700, no
/// special bits, no pax headers. size() is exact from the start (it comes
/// from the file list); a source whose files differ from the list fails the
/// device, and read() then answers -1 with errorString() saying why.
///
/// Bounded memory: the source stops producing while bufferSize bytes or more
/// wait to be read — a source on a worker thread blocks in waitForRoom(), one
/// on the device's thread pauses until resume(). readyRead() follows whenever
/// new bytes (or a failure) are there. Sequential; read on the thread the
/// device lives on, as QNetworkAccessManager reads an upload. The producer
/// calls (expects() to fail()) may come from any thread.
class FreshTarDevice final : public QIODevice
{
    Q_OBJECT

public:
    /// What produces the files' contents.
    class Source
    {
    public:
        virtual ~Source() = default;
        /// At the first read, on the device's thread: start producing into @p device.
        virtual void start(FreshTarDevice *device) = 0;
        /// On the device's thread, once a full output has room again.
        virtual void resume()
        {
        }
        /// On the device's thread, when the device failed: stop producing.
        virtual void stop()
        {
        }
    };

    /// The most output kept waiting, besides one chunk of the source.
    static constexpr qint64 bufferSize = 1024 * 1024;

    /// @p files: paths relative to @p topFolder with their sizes;
    /// @p folderTime: the modification time of the folders.
    FreshTarDevice(const QList<ArchiveFileEntry> &files,
                   const QString &topFolder,
                   const QDateTime &folderTime,
                   std::unique_ptr<Source> source,
                   QObject *parent = nullptr);
    /// Stops the source first.
    ~FreshTarDevice() override;

    /// The longest top folder name: the staging folders ("stasis-import-"
    /// and a UUID) have 50 bytes. open() fails on a longer one.
    static constexpr qsizetype maxTopFolderBytes = 50;

    /// The size of the tar produced for @p files.
    static qint64 archiveSize(const QList<ArchiveFileEntry> &files);
    /// True when the headers of the file @p path (relative) and of its
    /// folders fit under every top folder of at most maxTopFolderBytes bytes.
    static bool canHold(const QString &path);

    bool open(OpenMode mode) override;
    bool isSequential() const override;
    qint64 size() const override;
    qint64 bytesAvailable() const override;
    bool atEnd() const override;
    /// Blocks: only for a source on a worker thread (one on this thread could not produce meanwhile).
    bool waitForReadyRead(int msecs) override;
    /// True once the source failed or differed from the file list (see errorString()).
    bool hasFailed() const
    {
        return m_failed;
    }

    // For the source, from any thread.
    /// True when @p path (relative) is a listed file of @p size not written yet.
    bool expects(const QString &path, qint64 size) const;
    /// The header of the expected file @p path; false (and failed) when it does not fit a header.
    bool beginFile(const QString &path, qint64 size, const QDateTime &modified);
    void appendData(QByteArrayView data);
    /// Completes the file begun last to a whole block.
    void endFile();
    /// A listed file not written (yet); empty when all were.
    QString missingFile() const;
    /// After the last file: the closing blocks; fails when the size is not the announced one.
    void finish();
    /// The first failure is kept.
    void fail(const QString &message);
    /// True while the output is full (bufferSize or more waiting).
    bool isFull() const;
    /// Blocks until the output has room; false once the device failed or is being destroyed.
    bool waitForRoom();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    /// With m_mutex held.
    void appendLocked(QByteArrayView data);
    void notifyReader();

    const QString m_topFolder;
    const QDateTime m_folderTime;
    const qint64 m_size;
    QHash<QString, qint64> m_files;
    std::set<QString> m_subfolders;
    std::unique_ptr<Source> m_source;
    bool m_started = false;

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    QByteArray m_pending;
    QSet<QString> m_written;
    qint64 m_produced = 0;
    qint64 m_currentSize = -1;
    QString m_failure;
    bool m_wasFull = false;
    bool m_finished = false;
    bool m_stopping = false;
    std::atomic<bool> m_failed = false;
    std::atomic<bool> m_readyReadPosted = false;
};

} // namespace Stasis
