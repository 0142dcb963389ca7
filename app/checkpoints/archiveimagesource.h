// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "archiveformat.h"
#include "archivemanifest.h"
#include "imagesource.h"

#include <QCoreApplication>

namespace Stasis
{

/// The `image.tar` of an archive ArchiveValidator accepted, re-read and
/// checked against the manifest as it is sent (ValidatedImageDevice).
class ArchiveImageSource final : public ImageSource
{
    Q_DECLARE_TR_FUNCTIONS(Stasis::ArchiveImageSource)

public:
    ArchiveImageSource(const QString &archive, ArchiveFormat format, const ArchiveManifest &manifest);

    QString origin() const override;
    void prepare(QObject *parent, Ready ready) override;

private:
    QString m_archive;
    ArchiveFormat m_format;
    ArchiveManifest m_manifest;
};

} // namespace Stasis
