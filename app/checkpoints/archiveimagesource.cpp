// SPDX-License-Identifier: GPL-2.0-or-later
#include "archiveimagesource.h"

#include "archivelimits.h"
#include "validatedimagedevice.h"

#include <QTimer>

namespace Stasis
{

ArchiveImageSource::ArchiveImageSource(const QString &archive, ArchiveFormat format, const ArchiveManifest &manifest)
    : m_archive(archive)
    , m_format(format)
    , m_manifest(manifest)
{
}

QString ArchiveImageSource::origin() const
{
    return tr("from the archive %1").arg(m_archive);
}

void ArchiveImageSource::prepare(QObject *parent, Ready ready)
{
    auto *body = new ValidatedImageDevice(m_archive, m_format, m_manifest, ArchiveLimits::fromSettings(), parent);
    QString problem;
    if (!body->open(QIODevice::ReadOnly)) {
        problem = tr("Cannot read %1 again: %2").arg(m_archive, body->errorString());
        delete body;
        body = nullptr;
    }
    // Never before prepare() returned.
    QTimer::singleShot(0, parent, [ready = std::move(ready), body, problem] {
        if (!body) {
            return ready(std::unexpected(EngineError{EngineError::Kind::BadRequest, 0, problem}));
        }
        ready(body);
    });
}

} // namespace Stasis
