// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "archivemanifest.h"
#include "produceddevice.h"

#include <QDateTime>
#include <QSet>

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
/// Bounded memory, as every ProducedDevice: a source on a worker thread
/// blocks in waitForRoom(), one on the device's thread pauses until
/// resume(). The source's calls (expects() to fail()) may come from any
/// thread.
class FreshTarDevice final : public ProducedDevice
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

    // For the source, from any thread.
    /// True when @p path (relative) is a listed file of @p size not written yet.
    bool expects(const QString &path, qint64 size) const;
    /// The header of the expected file @p path; false (and failed) when it does not fit a header.
    bool beginFile(const QString &path, qint64 size, const QDateTime &modified);
    /// Completes the file begun last to a whole block.
    void endFile();
    /// A listed file not written (yet); empty when all were.
    QString missingFile() const;
    /// After the last file: the closing blocks; fails when the size is not the announced one.
    void finishArchive();

private:
    void startProducing() override;
    void resumeProducing() override;
    void stopProducing() override;
    QString name() const override;

    const QString m_topFolder;
    const QDateTime m_folderTime;
    QHash<QString, qint64> m_files;
    std::set<QString> m_subfolders;
    std::unique_ptr<Source> m_source;

    mutable std::mutex m_filesMutex;
    QSet<QString> m_written;
    qint64 m_currentSize = -1;
};

} // namespace Stasis
