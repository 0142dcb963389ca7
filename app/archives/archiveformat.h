// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <KCompressionDevice>

#include <QList>
#include <QString>

#include <optional>

namespace Stasis
{

/// The container formats a checkpoint archive may have, told apart by the
/// file name's suffix. Compressed tars go through KCompressionDevice, zip
/// through KZip.
enum class ArchiveFormat { TarZstd, TarGzip, TarXz, Zip };

namespace ArchiveFormats
{
/// All formats, the default (tar.zst) first.
QList<ArchiveFormat> all();
std::optional<ArchiveFormat> fromFileName(const QString &fileName);
/// "tar.zst", "tar.gz", "tar.xz", "zip".
std::optional<ArchiveFormat> fromName(const QString &name);
QString name(ArchiveFormat format);
/// The suffix with its dot: ".tar.zst".
QString suffix(ArchiveFormat format);
/// @p fileName with the format's suffix added unless it already ends so.
QString withSuffix(const QString &fileName, ArchiveFormat format);
bool isTar(ArchiveFormat format);
/// The compression of a tar format.
KCompressionDevice::CompressionType compression(ArchiveFormat format);
} // namespace ArchiveFormats

} // namespace Stasis
