// SPDX-License-Identifier: GPL-2.0-or-later
#include "validatedimagedevice.h"

namespace Stasis
{

ValidatedImageDevice::ValidatedImageDevice(const QString &archiveFileName,
                                           ArchiveFormat format,
                                           const ArchiveManifest &manifest,
                                           const ArchiveLimits &limits,
                                           QObject *parent)
    : ValidatedArchiveFileDevice(archiveFileName, format, *manifest.topLevelFile(ArchiveManifest::imageTarName), limits, parent)
{
}

ValidatedImageDevice::~ValidatedImageDevice()
{
    stopReading();
}

QString ValidatedImageDevice::name() const
{
    return tr("The image in %1").arg(archiveFileName());
}

bool ValidatedImageDevice::take(QByteArrayView bytes)
{
    append(std::exchange(m_held, bytes.toByteArray()));
    return true;
}

void ValidatedImageDevice::release()
{
    append(std::exchange(m_held, {}));
}

} // namespace Stasis
