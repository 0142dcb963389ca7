// SPDX-License-Identifier: GPL-2.0-or-later
#include "archiveformat.h"

namespace Stasis::ArchiveFormats
{

QList<ArchiveFormat> all()
{
    return {ArchiveFormat::TarZstd, ArchiveFormat::TarGzip, ArchiveFormat::TarXz, ArchiveFormat::Zip};
}

QString name(ArchiveFormat format)
{
    switch (format) {
    case ArchiveFormat::TarZstd:
        return QStringLiteral("tar.zst");
    case ArchiveFormat::TarGzip:
        return QStringLiteral("tar.gz");
    case ArchiveFormat::TarXz:
        return QStringLiteral("tar.xz");
    case ArchiveFormat::Zip:
        return QStringLiteral("zip");
    }
    return {};
}

QString suffix(ArchiveFormat format)
{
    return QLatin1Char('.') + name(format);
}

std::optional<ArchiveFormat> fromName(const QString &text)
{
    for (const ArchiveFormat format : all()) {
        if (text.compare(name(format), Qt::CaseInsensitive) == 0) {
            return format;
        }
    }
    return std::nullopt;
}

std::optional<ArchiveFormat> fromFileName(const QString &fileName)
{
    for (const ArchiveFormat format : all()) {
        if (fileName.endsWith(suffix(format), Qt::CaseInsensitive)) {
            return format;
        }
    }
    if (fileName.endsWith(QLatin1String(".tzst"), Qt::CaseInsensitive)) {
        return ArchiveFormat::TarZstd;
    }
    if (fileName.endsWith(QLatin1String(".tgz"), Qt::CaseInsensitive)) {
        return ArchiveFormat::TarGzip;
    }
    if (fileName.endsWith(QLatin1String(".txz"), Qt::CaseInsensitive)) {
        return ArchiveFormat::TarXz;
    }
    return std::nullopt;
}

QString withSuffix(const QString &fileName, ArchiveFormat format)
{
    return fromFileName(fileName) == format ? fileName : fileName + suffix(format);
}

bool isTar(ArchiveFormat format)
{
    return format != ArchiveFormat::Zip;
}

KCompressionDevice::CompressionType compression(ArchiveFormat format)
{
    switch (format) {
    case ArchiveFormat::TarZstd:
        return KCompressionDevice::Zstd;
    case ArchiveFormat::TarGzip:
        return KCompressionDevice::GZip;
    case ArchiveFormat::TarXz:
        return KCompressionDevice::Xz;
    case ArchiveFormat::Zip:
        break;
    }
    return KCompressionDevice::None;
}

} // namespace Stasis::ArchiveFormats
