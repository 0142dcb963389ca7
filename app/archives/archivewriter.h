// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "archiveformat.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QLatin1StringView>
#include <QList>
#include <QString>

#include <memory>

class KArchive;
class QSaveFile;

namespace Stasis
{

class ArchiveOutputDevice;

/// Writes one checkpoint archive file: `manifest.json`, the files beside it
/// (ArchiveManifest::mayLieBeside(): small ones whole, large ones
/// streamed), then the folder `checkpoint/`, then the checkpoint's files
/// under it, in any ArchiveFormat. Synchronous, like
/// KArchive: run it off the GUI thread.
///
/// The file is private and atomic. The archive holds every memory page of
/// the container, so it is written with mode 0600 from its first byte.
/// Nothing appears under the final name before commit(): a QSaveFile writes
/// the hidden `.<name>.stasis-partial` (on Linux usually as an unnamed
/// O_TMPFILE, so a killed process leaves no data behind), which commit()
/// renames over the final name. A killed export can leave that hidden
/// partial file (empty, or complete if killed during commit); open()
/// removes such leftovers from its folder unless their writer still runs
/// (each writer holds an flock on its files).
class ArchiveWriter final
{
    Q_DECLARE_TR_FUNCTIONS(Stasis::ArchiveWriter)

    Q_DISABLE_COPY_MOVE(ArchiveWriter)

public:
    /// The partial file's suffix; leftovers are recognised by it.
    static constexpr QLatin1StringView partialSuffix{".stasis-partial"};
    /// KArchive's zstd filter flushes a frame on every write: data is
    /// handed on in chunks of this size.
    static constexpr qsizetype chunkSize = 1024 * 1024;
    /// The largest file each kind of archive can hold (ustar's 11 octal
    /// digits; KZip writes no zip64).
    static constexpr qint64 maximumTarFileSize = (qint64(1) << 33) - 1;
    static constexpr qint64 maximumZipFileSize = 0xffffffffLL;

    ArchiveWriter();
    /// Cancels unless committed.
    ~ArchiveWriter();

    /// Starts @p path (replaced on commit() if it exists).
    bool open(const QString &path, ArchiveFormat format);
    /// A file beside `manifest.json`, written whole with mode 0600.
    struct TopLevelFile {
        QString name;
        QByteArray content;
    };

    /// Writes `manifest.json` and @p topLevelFiles. The folder entry
    /// `checkpoint/` (mode 0700, @p folderModified) follows with the first
    /// checkpoint file, or at commit().
    bool writeManifest(const QByteArray &json, const QList<TopLevelFile> &topLevelFiles = {}, const QDateTime &folderModified = {});
    /// Starts the file @p name beside the manifest, of exactly @p size bytes
    /// (mode 0600); only before the checkpoint's files.
    bool beginTopLevelFile(const QString &name, qint64 size, const QDateTime &modified);
    /// Starts `checkpoint/<relativePath>` of exactly @p size bytes with the
    /// permission bits @p mode.
    bool beginFile(const QString &relativePath, qint64 size, int mode, const QDateTime &modified);
    bool writeData(QByteArrayView data);
    /// Fails unless exactly the size given to beginFile() was written.
    bool endFile();
    /// Finishes the archive and moves it to its final name.
    bool commit();
    /// Drops everything written; nothing remains on disk. Safe to call at any time.
    void cancel();

    /// What went wrong, and what to do about it.
    QString errorString() const
    {
        return m_errorString;
    }
    const QString &path() const
    {
        return m_path;
    }
    /// Bytes of file content written so far (before compression).
    qint64 contentBytesWritten() const
    {
        return m_contentBytes;
    }

    /// The hidden partial file beside @p path.
    static QString partialPath(const QString &path);
    /// Removes leftovers of killed exports from @p folder: partial files no
    /// running writer holds. Returns how many were removed.
    static int removeStalePartials(const QString &folder);

private:
    enum class State { Closed, Open, InFile, Failed, Committed };

    bool checkTopLevelName(const QString &name);
    bool writeFolder();
    bool beginEntry(const QString &path, qint64 size, int mode, const QDateTime &modified);
    bool fail(const QString &message);
    bool failWriting();
    bool flush();
    void discard();

    State m_state = State::Closed;
    QString m_path;
    QString m_partialPath;
    ArchiveFormat m_format = ArchiveFormat::TarZstd;
    /// Holds the flock on the partial file until the QSaveFile replaces it.
    std::unique_ptr<QFile> m_placeholder;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<ArchiveOutputDevice> m_output;
    std::unique_ptr<QIODevice> m_compressor;
    std::unique_ptr<KArchive> m_archive;
    QByteArray m_buffer;
    QDateTime m_folderTime;
    bool m_manifestWritten = false;
    bool m_folderWritten = false;
    QString m_currentFile;
    qint64 m_currentSize = 0;
    qint64 m_currentWritten = 0;
    qint64 m_contentBytes = 0;
    QString m_errorString;
};

} // namespace Stasis
