// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "validatedarchivefiledevice.h"

namespace Stasis
{

/// The `image.tar` of an archive ArchiveValidator accepted (ImageTarCheck),
/// as the body of `POST /images/load`: the file as it is, its last chunk
/// held back until its SHA-256 matched the manifest's, so the engine never
/// gets a whole tar that was not the one checked.
class ValidatedImageDevice final : public ValidatedArchiveFileDevice
{
    Q_OBJECT

public:
    /// @p manifest must list ArchiveManifest::imageTarName beside itself.
    ValidatedImageDevice(const QString &archiveFileName,
                         ArchiveFormat format,
                         const ArchiveManifest &manifest,
                         const ArchiveLimits &limits,
                         QObject *parent = nullptr);
    ~ValidatedImageDevice() override;

private:
    bool take(QByteArrayView bytes) override;
    void release() override;
    QString name() const override;

    /// Used on the worker only.
    QByteArray m_held;
};

} // namespace Stasis
