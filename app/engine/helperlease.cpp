// SPDX-License-Identifier: GPL-2.0-or-later
#include "helperlease.h"

#include "helperregistry.h"

namespace Stasis
{

HelperLease::HelperLease(HelperRegistry *registry, const QString &id)
    : m_registry(registry)
    , m_id(id)
{
}

HelperLease::~HelperLease()
{
    // Nobody waits for the answer; the registry counts the helper until it came.
    remove();
}

QFuture<EngineResult<void>> HelperLease::remove()
{
    if (m_removed || !m_registry) {
        return QtFuture::makeReadyValueFuture(EngineResult<void>());
    }
    m_removed = true;
    return m_registry->remove(m_id);
}

} // namespace Stasis
