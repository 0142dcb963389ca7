// SPDX-License-Identifier: GPL-2.0-or-later
#include "jobprogressdelegate.h"

#include "jobmodel.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

namespace Stasis
{

JobProgressDelegate::JobProgressDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

JobProgressDelegate::~JobProgressDelegate() = default;

void JobProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto state = JobQueue::State(index.data(JobModel::StateRole).toInt());
    const int percent = index.data(JobModel::ProgressRole).toInt();
    if (state == JobQueue::State::Queued || (state != JobQueue::State::Running && percent < 0)) {
        QStyleOptionViewItem text = option;
        initStyleOption(&text, index);
        if (state == JobQueue::State::Queued) {
            text.text = tr("waiting");
        }
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &text, painter, widget);
        return;
    }

    // The row's background and selection first, then the bar inside it.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    QStyleOptionProgressBar bar;
    bar.initFrom(widget);
    bar.rect = option.rect.adjusted(2, 2, -2, -2);
    bar.state = option.state | QStyle::State_Horizontal;
    bar.minimum = 0;
    bar.maximum = percent < 0 ? 0 : 100; // 0/0: busy
    bar.progress = percent < 0 ? 0 : percent;
    bar.textVisible = percent >= 0;
    bar.text = percent >= 0 ? tr("%1 %").arg(percent) : QString();
    bar.textAlignment = Qt::AlignCenter;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

} // namespace Stasis
