// expect: self-harm
// options: defaults
pragma solidity ^0.8.20;
/// Creator pages kept under an id: fans tip a page, its creator withdraws the tips. withdraw
/// and move share a guard, withdraw still zeroes the page after paying, and tip stays open
/// during the callback. A tip the creator sends to its own page from the callback is wiped by
/// the late write, but the page is the creator's (its `creator` field holds it): the only one
/// who loses is the caller, so the finding is self-harm (info), not an attack.
contract TipJar {
    struct Page {
        address creator;
        uint256 tips;
        uint64 openedAt;
    }

    uint256 public nextPage = 1;
    mapping(uint256 => Page) public pages;
    bool private busy;

    modifier guarded() {
        require(!busy, "busy");
        busy = true;
        _;
        busy = false;
    }

    modifier onlyCreator(uint256 id) {
        require(pages[id].creator == msg.sender, "not your page");
        _;
    }

    function openPage() external returns (uint256 id) {
        id = nextPage++;
        pages[id] = Page(msg.sender, 0, uint64(block.timestamp));
    }

    function tip(uint256 id) external payable {
        require(pages[id].creator != address(0), "no such page");
        require(msg.value > 0, "empty tip");
        pages[id].tips += msg.value;
    }

    function move(uint256 from, uint256 to, uint256 amount) external guarded onlyCreator(from) {
        require(pages[to].creator == msg.sender, "not your page");
        require(pages[from].tips >= amount, "too much");
        pages[from].tips -= amount;
        pages[to].tips += amount;
    }

    function withdraw(uint256 id) external guarded onlyCreator(id) {
        uint256 amount = pages[id].tips;
        require(amount > 0, "nothing to withdraw");
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "payout failed");
        pages[id].tips = 0;
    }
}
