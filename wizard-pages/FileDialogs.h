#pragma once
// Asking for a file name without a nested event loop: the answer arrives in a
// callback. Tests install a fake that answers at once ("next answer" seam).

#include <QString>
#include <functional>

class QWidget;

namespace odoodeploy {

class FileDialogs
{
public:
    using Answer = std::function<void(const QString &path)>; // empty path: cancelled
    virtual ~FileDialogs() = default;
    virtual void askOpenPath(QWidget *parent, const QString &title, const QString &filter, Answer answer) = 0;
    virtual void askSavePath(QWidget *parent, const QString &title, const QString &filter,
                             const QString &suggestedName, Answer answer) = 0;

    // The dialogs in use; the default shows QFileDialog windows.
    static FileDialogs &instance();
    static void setInstance(FileDialogs *dialogs); // nullptr restores the default
};

} // namespace odoodeploy
