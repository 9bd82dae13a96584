#pragma once

namespace gtol {

// The wizard's page ids. They are recorded in the journal and the draft store and replayed later,
// so they are stable forever: never renumber, only add at the end.
namespace PageId {
enum : int {
    Start = 0,
    Requirements = 1,
    Email = 2,
    Application = 3,
    Terms = 4,
    Confirm = 5,
    Submitted = 6,
    PasswordChange = 7,
    ConnectionTool = 8,
    Done = 9,
};
} // namespace PageId

} // namespace gtol
