// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "archiveformat.h"

#include <QByteArray>

#include <memory>

class QFile;

namespace Stasis
{

/// Decompresses exactly one gzip member, zstd frame or xz stream from a file
/// and nothing more: KCompressionDevice silently ignores bytes after the
/// compressed stream, or decodes a second gzip member or zstd frame as if it
/// continued the first, so that an archive could carry data no check sees.
/// Here any byte after the stream's end is an error (Trailing).
class StrictDecompressor final
{
public:
    enum class Status {
        /// More data may follow.
        Ok,
        /// The stream ended where the file ends.
        End,
        /// The compressed data is not valid.
        Damaged,
        /// The file ends inside the stream.
        Truncated,
        /// trailingBytes() follow the end of the stream.
        Trailing,
    };

    /// @p file: open for reading; @p format: a tar format.
    StrictDecompressor(QFile *file, ArchiveFormat format);
    ~StrictDecompressor();
    Q_DISABLE_COPY_MOVE(StrictDecompressor)

    /// Up to @p maxSize decompressed bytes into @p data; 0 at the end and -1
    /// on a problem (see status()), each after the data before it was read.
    qint64 read(char *data, qint64 maxSize);
    Status status() const
    {
        return m_status;
    }
    qint64 trailingBytes() const
    {
        return m_trailing;
    }

    /// One decoder (zlib for a single gzip member, KArchive's filters for zstd and xz).
    class Codec;

private:
    QFile *m_file;
    std::unique_ptr<Codec> m_codec;
    QByteArray m_input;
    bool m_needInput = true;
    Status m_status = Status::Ok;
    qint64 m_trailing = 0;
};

} // namespace Stasis
