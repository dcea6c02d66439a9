// expect: adversary-profit same-function
// options: defaults
// A pool of interchangeable badges from a minimal ERC-721 collection (owners, approvals and a
// safe transfer with its receiver hook, no balances): a holder deposits a badge for one credit
// and later redeems a credit for any badge the pool holds. Redeem sends the badge before it
// writes back the credit count it read, so a holder that re-enters redeem from its receiver
// hook takes a second badge for the same credit: it ends holding more badges than it put in,
// taken from the honest depositors' badges.
// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

interface IERC721Receiver {
    function onERC721Received(address operator, address from, uint256 tokenId, bytes calldata data)
        external
        returns (bytes4);
}

contract Badges {
    mapping(uint256 => address) public ownerOf;
    mapping(uint256 => address) public getApproved;
    uint256 public minted;

    function mint() external returns (uint256 tokenId) {
        tokenId = ++minted;
        ownerOf[tokenId] = msg.sender;
    }

    function approve(address spender, uint256 tokenId) external {
        require(ownerOf[tokenId] == msg.sender, "not owner");
        getApproved[tokenId] = spender;
    }

    function transferFrom(address from, address to, uint256 tokenId) public {
        require(ownerOf[tokenId] == from, "wrong owner");
        require(msg.sender == from || getApproved[tokenId] == msg.sender, "not allowed");
        getApproved[tokenId] = address(0);
        ownerOf[tokenId] = to;
    }

    function safeTransferFrom(address from, address to, uint256 tokenId) external {
        transferFrom(from, to, tokenId);
        if (to.code.length > 0) {
            require(
                IERC721Receiver(to).onERC721Received(msg.sender, from, tokenId, "") ==
                    IERC721Receiver.onERC721Received.selector,
                "rejected"
            );
        }
    }
}

contract BadgePool {
    Badges public immutable badges;
    mapping(address => uint256) public credits;

    event Deposited(address indexed holder, uint256 tokenId);
    event Redeemed(address indexed holder, uint256 tokenId);

    constructor() {
        badges = new Badges();
    }

    function deposit(uint256 tokenId) external {
        badges.transferFrom(msg.sender, address(this), tokenId);
        credits[msg.sender] += 1;
        emit Deposited(msg.sender, tokenId);
    }

    function redeem(uint256 tokenId) external {
        uint256 held = credits[msg.sender];
        require(held > 0, "no credit");
        badges.safeTransferFrom(address(this), msg.sender, tokenId);
        credits[msg.sender] = held - 1;
        emit Redeemed(msg.sender, tokenId);
    }
}
