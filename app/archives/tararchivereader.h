// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "archivereader.h"

#include <memory>

namespace Stasis
{

class StrictDecompressor;

/// An ArchiveReader for the tar formats: the file streamed through
/// StrictDecompressor (one compressed stream, nothing after it) into
/// TarStreamReader, which refuses whatever another reader could interpret
/// differently. At most 1 MiB of zeros may follow the tar's end.
class TarArchiveReader final
    : public ArchiveReader
    , private TarStreamReader::Handler
{
public:
    TarArchiveReader(const QString &fileName, ArchiveFormat format, const ArchiveLimits &limits);
    ~TarArchiveReader() override;

protected:
    bool start() override;
    bool step() override;

private:
    bool entryStarted(const TarEntry &entry) override;
    bool entryData(QByteArrayView chunk) override;
    bool entryFinished() override;

    ArchiveFormat m_format;
    std::unique_ptr<StrictDecompressor> m_decompressor;
    std::unique_ptr<TarStreamReader> m_tar;
    qint64 m_afterEnd = 0;
};

} // namespace Stasis
