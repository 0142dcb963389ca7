// SPDX-License-Identifier: GPL-2.0-or-later
#include "archivereader.h"

#include "tararchivereader.h"
#include "ziparchivereader.h"

#include <QCoreApplication>

namespace Stasis
{

std::unique_ptr<ArchiveReader> ArchiveReader::create(const QString &fileName, ArchiveFormat format, const ArchiveLimits &limits)
{
    if (ArchiveFormats::isTar(format)) {
        return std::make_unique<TarArchiveReader>(fileName, format, limits);
    }
    return std::make_unique<ZipArchiveReader>(fileName, limits);
}

ArchiveReader::ArchiveReader(const QString &fileName, const ArchiveLimits &limits)
    : m_fileName(fileName)
    , m_limits(limits)
    , m_file(fileName)
{
}

ArchiveReader::~ArchiveReader() = default;

void ArchiveReader::push(Token token, const TarEntry &entry, QByteArray data)
{
    m_events.push_back({token, entry, std::move(data)});
}

void ArchiveReader::setEnded()
{
    m_ended = true;
}

ArchiveReader::Token ArchiveReader::readNext()
{
    m_data.clear();
    if (!m_opened && !hasFailed()) {
        m_opened = true;
        if (!m_file.open(QIODevice::ReadOnly)) {
            fail(tr("Could not open \"%1\": %2.").arg(m_fileName, m_file.errorString()));
        } else {
            start();
        }
    }
    while (m_events.empty() && !hasFailed() && !m_ended) {
        step();
    }
    if (hasFailed()) {
        m_events.clear();
        return Token::Invalid;
    }
    if (m_events.empty()) {
        return Token::End;
    }
    Event event = std::move(m_events.front());
    m_events.pop_front();
    if (event.token == Token::EntryStarted) {
        m_entry = std::move(event.entry);
    }
    m_data = std::move(event.data);
    return event.token;
}

const TarEntry &ArchiveReader::entry() const
{
    return m_entry;
}

QByteArrayView ArchiveReader::data() const
{
    return m_data;
}

qint64 ArchiveReader::fileSize() const
{
    return m_file.size();
}

qint64 ArchiveReader::compressedBytesRead() const
{
    return m_file.isOpen() ? m_file.pos() : 0;
}

bool ArchiveReader::countUncompressed(qint64 bytes, const QString &entry)
{
    m_uncompressed += bytes;
    const double allowed = m_limits.maxCompressionRatio * double(std::max<qint64>(1, compressedBytesRead()));
    if (m_uncompressed > ArchiveLimits::ratioGrace && double(m_uncompressed) > allowed) {
        fail(tr("The archive expands more than %1 times (at \"%2\"); it looks like a decompression bomb.").arg(m_limits.maxCompressionRatio).arg(entry), entry);
        return false;
    }
    return true;
}

} // namespace Stasis
