// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "archivelimits.h"
#include "firstfailure.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QHashFunctions>
#include <QSet>
#include <QString>

#include <optional>

namespace Stasis
{

/// One entry of a tar stream as TarStreamReader accepts it.
struct TarEntry {
    enum class Type { File, Directory, Symlink, HardLink };
    /// Relative, '/'-separated, without a trailing '/'.
    QString path;
    Type type = Type::File;
    qint64 size = 0;
    /// Permission bits (0 to 07777, setuid, setgid and sticky included).
    int mode = 0;
    /// Whole seconds, UTC.
    QDateTime modified;
    /// Symlink: the link's target text exactly (may be absolute, e.g.
    /// "/data.txt", or relative with ".."; it is never followed by us).
    /// HardLink: the path (validated like `path`) of an earlier File entry
    /// of the same archive.
    QString linkTarget;
    qint64 uid = 0;
    qint64 gid = 0;
};

/// A strict push parser for untrusted tar streams (ustar and GNU headers).
///
/// Only regular files and folders pass; everything another reader could
/// interpret differently is refused rather than skipped: links, devices,
/// fifos, pax and GNU long-name headers, sparse files, bad checksums,
/// names that are absolute, contain "." / ".." / empty components, NUL,
/// control characters or invalid UTF-8, or exceed the length and depth
/// limits. Sizes and counts are checked against the limits from the header,
/// before any data is handed out; data is handed out in the chunks it arrives
/// in, never buffered whole. The stream must end with two zero blocks
/// (anything after them must be zeros).
///
/// Content::FileSystem reads a container's file system changes instead, as
/// FileSystemTarWriter writes them: symbolic and hard links and owners pass
/// too, pax headers with "path" and "linkpath" records, names within the
/// file system limits. A hard link must name an earlier regular file, no
/// entry may lie under an earlier symbolic link, no path may come twice, and
/// every header must be byte for byte what FileSystemTarWriter writes for
/// the entry read from it. Content::EngineFileSystem applies the same rules
/// to a tar the engine wrote (`GET …/archive`), whose headers are laid out
/// its own way.
class TarStreamReader final : public FirstFailure
{
    Q_DECLARE_TR_FUNCTIONS(Stasis::TarStreamReader)

public:
    class Handler
    {
    public:
        virtual ~Handler() = default;
        /// False: stop (the handler called fail()).
        virtual bool entryStarted(const TarEntry &entry) = 0;
        virtual bool entryData(QByteArrayView chunk) = 0;
        virtual bool entryFinished() = 0;
    };

    enum class Content { FilesAndFolders, FileSystem, EngineFileSystem };

    static constexpr qsizetype blockSize = 512;
    /// The largest pax extended header read (FileSystemTarWriter's hold a
    /// path and a link target of a few KiB at most).
    static constexpr qint64 maxPaxHeaderSize = 64 * 1024;

    explicit TarStreamReader(Handler *handler, const ArchiveLimits &limits = ArchiveLimits(), Content content = Content::FilesAndFolders);

    /// False once failed.
    bool feed(QByteArrayView bytes);
    /// End of input; false when the archive is truncated or has no end blocks.
    bool finish();

    qint64 bytesConsumed() const
    {
        return m_consumed;
    }
    /// The entry being read, or the last one (printable), for messages.
    QString currentEntry() const
    {
        return m_entryName;
    }
    /// True after the two closing zero blocks.
    bool atEnd() const
    {
        return m_state == State::End;
    }

private:
    enum class State { Header, PaxData, Data, Padding, SecondEndBlock, End };

    /// A path's SHA-256, cut to 128 bits: a million names of 4 KiB would
    /// otherwise be held as gigabytes.
    struct PathDigest {
        quint64 high = 0;
        quint64 low = 0;
        static PathDigest of(const QString &path);
        friend bool operator==(const PathDigest &, const PathDigest &) = default;
        friend size_t qHash(const PathDigest &digest, size_t seed = 0)
        {
            return qHashMulti(seed, digest.high, digest.low);
        }
    };

    bool parseHeader();
    bool startPaxHeader(const QByteArray &header);
    bool parsePaxRecords();
    bool checkFileSystemEntry(TarEntry &entry, const PathDigest &digest, const QByteArray &rawLink);
    bool finishEntry();

    Handler *m_handler;
    ArchiveLimits m_limits;
    Content m_content;
    /// FileSystem: the header blocks of the entry being read so far (its pax
    /// header, the pax data with padding), compared with what
    /// FileSystemTarWriter writes.
    QByteArray m_pending;
    qint64 m_paxSize = 0;
    std::optional<QByteArray> m_paxPath;
    std::optional<QByteArray> m_paxLinkPath;
    QSet<PathDigest> m_paths;
    QSet<PathDigest> m_files;
    QSet<PathDigest> m_symlinks;
    /// qHash() of each symbolic link's path (with the process's random seed,
    /// which an archive cannot aim collisions at): the quick test that every
    /// folder above every entry passes before its digest is looked up.
    QSet<size_t> m_symlinkHashes;
    State m_state = State::Header;
    QByteArray m_header;
    QString m_entryName;
    qint64 m_remaining = 0;
    qint64 m_padding = 0;
    qint64 m_consumed = 0;
    qint64 m_entries = 0;
    qint64 m_total = 0;
};

} // namespace Stasis
