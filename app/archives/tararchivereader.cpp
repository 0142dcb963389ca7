// SPDX-License-Identifier: GPL-2.0-or-later
#include "tararchivereader.h"

#include "strictdecompressor.h"

#include <QCoreApplication>

namespace Stasis
{

namespace
{

constexpr qint64 maxBytesAfterTarEnd = 1024 * 1024;

} // namespace

TarArchiveReader::TarArchiveReader(const QString &fileName, ArchiveFormat format, const ArchiveLimits &limits)
    : ArchiveReader(fileName, limits)
    , m_format(format)
{
}

TarArchiveReader::~TarArchiveReader() = default;

bool TarArchiveReader::entryStarted(const TarEntry &entry)
{
    push(Token::EntryStarted, entry);
    return true;
}

bool TarArchiveReader::entryData(QByteArrayView chunk)
{
    push(Token::Data, {}, chunk.toByteArray());
    return true;
}

bool TarArchiveReader::entryFinished()
{
    push(Token::EntryFinished);
    return true;
}

bool TarArchiveReader::start()
{
    m_decompressor = std::make_unique<StrictDecompressor>(&m_file, m_format);
    if (m_decompressor->status() != StrictDecompressor::Status::Ok) {
        fail(ArchiveReader::tr("Could not read \"%1\" as %2.").arg(m_fileName, ArchiveFormats::name(m_format)));
        return false;
    }
    m_tar = std::make_unique<TarStreamReader>(static_cast<TarStreamReader::Handler *>(this), m_limits);
    return true;
}

bool TarArchiveReader::step()
{
    QByteArray buffer(chunkSize, Qt::Uninitialized);
    const qint64 count = m_decompressor->read(buffer.data(), buffer.size());
    const QString entry = m_tar->currentEntry();
    if (count < 0) {
        switch (m_decompressor->status()) {
        case StrictDecompressor::Status::Trailing:
            fail(ArchiveReader::tr("The archive has %1 bytes after the end of its compressed stream (another stream or other data).")
                     .arg(m_decompressor->trailingBytes()));
            break;
        case StrictDecompressor::Status::Truncated:
            fail(entry.isEmpty() ? ArchiveReader::tr("The archive's compressed data is truncated before its first entry.")
                                 : ArchiveReader::tr("The archive's compressed data is truncated (in or after \"%1\").").arg(entry),
                 entry);
            break;
        default:
            fail(entry.isEmpty() ? ArchiveReader::tr("The archive's compressed data is damaged before its first entry.")
                                 : ArchiveReader::tr("The archive's compressed data is damaged (in or after \"%1\").").arg(entry),
                 entry);
            break;
        }
        return false;
    }
    if (count == 0) {
        if (!m_tar->finish()) {
            fail(m_tar->errorString(), m_tar->offendingEntry());
            return false;
        }
        setEnded();
        return true;
    }
    if (m_tar->atEnd()) {
        m_afterEnd += count;
        if (m_afterEnd > maxBytesAfterTarEnd) {
            fail(ArchiveReader::tr("The archive has more than 1 MiB of padding after its end."));
            return false;
        }
    }
    if (!m_tar->feed(QByteArrayView(buffer).first(count))) {
        fail(m_tar->errorString(), m_tar->offendingEntry());
        return false;
    }
    return countUncompressed(count, m_tar->currentEntry());
}

} // namespace Stasis
