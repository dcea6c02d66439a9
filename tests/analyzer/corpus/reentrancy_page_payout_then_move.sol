// expect: reentrancy same-function
// options: defaults
pragma solidity ^0.8.20;
/// The same creator pages without the guard: withdraw pays before zeroing the page, so a
/// creator re-enters withdraw during the payout (or moves the same tips to its second page)
/// and is paid the tips again, out of the fans' tips on other creators' pages.
contract TipJar {
    struct Page {
        address creator;
        uint256 tips;
        uint64 openedAt;
    }

    uint256 public nextPage = 1;
    mapping(uint256 => Page) public pages;

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

    function move(uint256 from, uint256 to, uint256 amount) external onlyCreator(from) {
        require(pages[to].creator == msg.sender, "not your page");
        require(pages[from].tips >= amount, "too much");
        pages[from].tips -= amount;
        pages[to].tips += amount;
    }

    function withdraw(uint256 id) external onlyCreator(id) {
        uint256 amount = pages[id].tips;
        require(amount > 0, "nothing to withdraw");
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "payout failed");
        pages[id].tips = 0;
    }
}
