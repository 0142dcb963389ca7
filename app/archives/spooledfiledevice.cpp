// SPDX-License-Identifier: GPL-2.0-or-later
#include "spooledfiledevice.h"

#include "backgroundwork.h"
#include "spoolfile.h"

#include <QTemporaryFile>

namespace Stasis
{

SpooledFileDevice::SpooledFileDevice(const QString &what, std::shared_ptr<QTemporaryFile> file, qint64 size, QObject *parent)
    : ProducedDevice(size, parent)
    , m_what(what)
    , m_file(std::move(file))
{
}

SpooledFileDevice::~SpooledFileDevice()
{
    // A producer waiting for room ends soon; the work's destruction waits for it.
    stopWaiting();
    m_work.reset();
}

QString SpooledFileDevice::name() const
{
    return m_what;
}

void SpooledFileDevice::startProducing()
{
    m_work = std::make_unique<BackgroundWork>(QStringLiteral("stasis-spooled"));
    m_work->post([this] {
        bool room = true;
        const QString failure = SpoolFile::readBack(*m_file, size(), m_what, [this, &room](QByteArrayView chunk) {
            append(chunk);
            room = waitForRoom();
            return room;
        });
        if (!failure.isEmpty()) {
            return fail(failure);
        }
        if (room) {
            finish();
        }
    });
}

} // namespace Stasis
